"""Turn the style layer's tree into layout input, building the Yoga tree exactly as Satori 0.29 does.

Input: a :class:`~pureog.style.computed.StyledNode` tree and a factory that makes a measure callback
for each text child. Output: a :class:`~pureog.layout.node.LayoutInput` tree whose ``key`` is the
StyledNode / StyledText it came from (``None`` for the canvas root).

What Satori does (satori.ts, handler/compute.ts, text/index.ts), and so do we:

- The canvas is a root node of the canvas size with ``row / wrap / align-items: flex-start /
  align-content: auto / overflow: hidden``; the document's root element is its only child.
- ``display: block`` and ``-webkit-box`` lay out as flex; ``contents`` and ``none`` are Yoga's.
- ``display: grid`` / ``inline-grid`` (which Satori refuses) lay out as a CSS grid (:mod:`pureog.layout.grid`,
  Chromium's behaviour); the grid reading of the alignment properties travels in a
  :class:`~pureog.layout.node.GridStyle`, while :class:`FlexStyle` keeps the flex reading (``normal`` and
  ``stretch`` content alignment are flex-start), so flex layout is unchanged.
- Each text child becomes its own leaf node (a "text container") with Yoga's bare defaults, its
  ``justify-content`` taken from ``text-align``, and the measure callback.
- An element that forms an inline formatting context (``StyledNode.inline_context``, Chromium's
  behaviour where Next.js throws or with ``features: browser``; spec/inline.md) is one leaf whose
  measure callback lays out its lines (:mod:`pureog.text.inline_layout`); its children get no nodes.
- CSS ``aspect-ratio`` goes to Yoga only in the forms Next.js throws on (a number, tw's ``aspect-*``)
  or with ``features: browser``: Satori 0.29 leaves ``w / h`` unimplemented, so the style layer drops it;
  ``<img>`` gets an aspect ratio from its natural size.
- ``<img>``: a side the style leaves unset (or 0) takes the ``width``/``height`` attribute as written
  (``"100%"`` a percentage, ``"200"`` unreadable: auto), a missing side the image's aspect ratio
  (natural size from the resolved ``src``, see pureog.images.source);
  ``<svg>``: width/height attributes completed by the viewBox (compute.ts).
- ``direction: rtl`` with ``features: browser`` (``ComputedStyle.rtl_flex``) lays flex containers out
  right to left, as a browser does (Satori hands Yoga no direction): :func:`rtl_flex_style`; a grid
  container is marked (``GridStyle.rtl``) and mirrors its own columns (:mod:`pureog.layout.grid`).

Imports :mod:`pureog.layout.node`, :mod:`pureog.style.computed`, :mod:`pureog.style.values`.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog import caches
from pureog.document.model import js_number_text
from pureog.layout.node import DEFAULT_GRID, Dim, FlexStyle, GridStyle, LayoutInput, MeasureFn
from pureog.lazy_re import deferred
from pureog.records import replace
from pureog.style.computed import ComputedStyle, StyledChild, StyledNode, StyledText, kept_across_renders
from pureog.style.grid_values import AUTO_LINE, ItemAlign
from pureog.style.parse import BARE_UNITS, REM_PX
from pureog.style.values import (
    AUTO,
    Align,
    Display,
    FlexDirection,
    FlexWrap,
    Justify,
    Overflow,
    Percent,
    TextAlign,
    satori_holds_text,
)

MeasureFactory = Callable[[StyledText | StyledNode], MeasureFn]
"""A text leaf's measure function, or an inline formatting context's (its container is a leaf)."""

_DISPLAY = {
    Display.FLEX: Display.FLEX,
    Display.BLOCK: Display.FLEX,
    Display.WEBKIT_BOX: Display.FLEX,
    Display.CONTENTS: Display.CONTENTS,
    Display.NONE: Display.NONE,
    Display.GRID: Display.GRID,
    Display.INLINE_GRID: Display.GRID,
    Display.INLINE: Display.FLEX,  # blockified (an inline box only inside an inline formatting context)
    Display.INLINE_BLOCK: Display.FLEX,
}
_GRID_DISPLAYS = (Display.GRID, Display.INLINE_GRID)

# The flex reading of content-alignment values that only a grid reads differently (Yoga: flex-start).
_FLEX_JUSTIFY = {Justify.NORMAL: Justify.FLEX_START, Justify.STRETCH: Justify.FLEX_START}
_FLEX_ALIGN_CONTENT = {Align.NORMAL: Align.FLEX_START}

_TEXT_JUSTIFY = {
    TextAlign.LEFT: Justify.FLEX_START,
    TextAlign.START: Justify.FLEX_START,
    TextAlign.RIGHT: Justify.FLEX_END,
    TextAlign.END: Justify.FLEX_END,
    TextAlign.CENTER: Justify.CENTER,
    TextAlign.JUSTIFY: Justify.SPACE_BETWEEN,
}


def build_layout_input(
    root: StyledNode,
    measure_leaf: MeasureFactory,
    *,
    width: float | None = None,
    height: float | None = None,
    browser: bool = False,
) -> LayoutInput:
    """The canvas root node (``width`` x ``height``; ``None`` = sized by content) around ``root``.
    ``browser`` (``features: browser``): lengths in layout units, as Blink converts them (:func:`layout_units`)."""
    canvas = _CANVAS_STYLES.get((width, height))
    if canvas is None:
        # One record per canvas size, kept: the same style object lets the layout reuse its resolved
        # constants (pureog.layout.tree._CONSTANTS), which a new record every render resolved again
        # (~0.1 ms a render, every card).
        canvas = FlexStyle(
            width=AUTO if width is None else float(width),
            height=AUTO if height is None else float(height),
            flex_direction=FlexDirection.ROW,
            flex_wrap=FlexWrap.WRAP,
            align_content=Align.AUTO,
            align_items=Align.FLEX_START,
            justify_content=Justify.FLEX_START,
            overflow=Overflow.HIDDEN,
        )
        if _keyable(width) and _keyable(height):  # (a zero's sign and NaN are no keys)
            if len(_CANVAS_STYLES) >= _CANVAS_STYLES_MAX:
                _CANVAS_STYLES.clear()
            _CANVAS_STYLES[(width, height)] = canvas
    viewport = (float(width or 0.0), float(height or 0.0))
    return LayoutInput(canvas, (element_input(root, measure_leaf, ComputedStyle().font_size, viewport, browser),),
                       None, None)


def element_input(
    node: StyledNode, measure_leaf: MeasureFactory, parent_font_size: float, viewport: tuple[float, float],
    browser: bool = False,
) -> LayoutInput:
    """One element's layout input; ``parent_font_size`` and ``viewport`` size an ``<svg>``'s attributes."""
    style = flex_style(node.style, browser)
    if node.element.type == "img":
        style = image_style(node, style)
    elif node.element.type == "svg":
        style = svg_style(node, style, parent_font_size, viewport)
    if node.inline_context:
        # an inline formatting context (spec/inline.md): its lines are one leaf of the flex layout
        return LayoutInput(style, (), measure_leaf(node), node)
    font_size = node.style.font_size
    children = tuple(
        text_input(child, measure_leaf) if isinstance(child, StyledText)
        else element_input(child, measure_leaf, font_size, viewport, browser)
        for child in _order_modified(node.children)
    )
    if node.style.rtl_flex and _mirrors_cross_start(style):
        children = tuple(_mirrored_align_self(child, style.align_items) for child in children)
    return LayoutInput(style, children, None, node)


# Right to left (features: browser). CSS's flex axes follow the writing mode: in a right-to-left
# element a row's main start is the right edge and a column's cross start is the right edge. Yoga
# (Satori never sets its direction) lays out left to right, so the same geometry is asked of it in
# its own terms: a row becomes row-reverse (and row-reverse a row); a wrapping column becomes
# wrap-reverse (its lines then start at the right, and flex-start packs there: CSS defines
# wrap-reverse as the cross start and end swapped, which Yoga does by mirroring the lines); a
# single-line column keeps its line and swaps its items' flex-start and flex-end (baseline acts as
# flex-start in a column), and an item with a width of its own under stretch goes to flex-end.
# Margins, padding, borders and insets stay physical, as in CSS. A grid
# container only carries the mark (GridStyle.rtl): pureog.layout.grid mirrors its columns itself.
_RTL_DIRECTION = {FlexDirection.ROW: FlexDirection.ROW_REVERSE, FlexDirection.ROW_REVERSE: FlexDirection.ROW}
_RTL_WRAP = {FlexWrap.WRAP: FlexWrap.WRAP_REVERSE, FlexWrap.WRAP_REVERSE: FlexWrap.WRAP}
_RTL_CROSS_ALIGN = {Align.FLEX_START: Align.FLEX_END, Align.FLEX_END: Align.FLEX_START,
                    Align.BASELINE: Align.FLEX_END}


def rtl_flex_style(style: FlexStyle) -> FlexStyle:
    """``style`` of a flex container in a right-to-left element, as Yoga inputs (see above)."""
    if style.display in (Display.GRID, Display.INLINE_GRID):
        # the grid mirrors its columns itself (pureog.layout.grid): its tracks run right to left
        return replace(style, grid=replace(style.grid or DEFAULT_GRID, rtl=True))
    if style.display is not Display.FLEX:
        return style
    direction = _RTL_DIRECTION.get(style.flex_direction)
    if direction is not None:
        return replace(style, flex_direction=direction)
    wrap = _RTL_WRAP.get(style.flex_wrap)
    if wrap is not None:
        return replace(style, flex_wrap=wrap)
    return replace(style, align_items=_RTL_CROSS_ALIGN.get(style.align_items, style.align_items))


def _mirrors_cross_start(style: FlexStyle) -> bool:
    """Whether ``style`` (already :func:`rtl_flex_style`'s) is a single-line column whose items'
    own ``alignSelf`` must swap its ends too."""
    return (style.display is Display.FLEX and style.flex_wrap is FlexWrap.NOWRAP
            and style.flex_direction in (FlexDirection.COLUMN, FlexDirection.COLUMN_REVERSE))


def _mirrored_align_self(child: LayoutInput, align_items: Align) -> LayoutInput:
    swapped = _RTL_CROSS_ALIGN.get(child.style.align_self)
    if swapped is None:
        # stretch on an item with a width of its own does not stretch: it sits at the cross start,
        # the right edge here (Yoga puts it at the left)
        align = align_items if child.style.align_self is Align.AUTO else child.style.align_self
        if align is not Align.STRETCH or child.style.width is AUTO or child.style.width is None:
            return child
        swapped = Align.FLEX_END
    return replace(child, style=replace(child.style, align_self=swapped))


def _order_modified(children: tuple[StyledChild, ...]) -> tuple[StyledChild, ...]:
    """CSS's order-modified document order (``order``, set only with ``features: browser``; Yoga has
    no ``order``): items sorted by it, stably, for flex and grid layout and the painting that follows
    the box tree."""
    if all(isinstance(c, StyledText) or c.style.order == 0 for c in children):
        return children
    return tuple(sorted(children, key=lambda c: 0 if isinstance(c, StyledText) else c.style.order))


def text_input(text: StyledText, measure_leaf: MeasureFactory) -> LayoutInput:
    """Satori's text container node: Yoga defaults, baseline items, justify from text-align."""
    justify = _TEXT_JUSTIFY.get(text.style.text_align, Justify.FLEX_START)
    style = _TEXT_STYLES.get(justify)
    if style is None:
        style = _TEXT_STYLES[justify] = FlexStyle(
            flex_direction=FlexDirection.COLUMN, align_items=Align.BASELINE, justify_content=justify
        )
    return LayoutInput(style, (), measure_leaf(text), text)


_CANVAS_STYLES: dict[tuple[float | None, float | None], FlexStyle] = {}
"""The canvas root's layout style by canvas size (a pure function of it: a bounded memo)."""
_CANVAS_STYLES_MAX = 64

_TEXT_STYLES: dict[Justify, FlexStyle] = {}
"""The text containers' layout styles, one per justification: shared (records are immutable), so the
layout's per-style constants (:mod:`pureog.layout.tree`) are resolved once for all of them."""

_FLEX_STYLES: dict[int, tuple[ComputedStyle, FlexStyle]] = {}
"""Memo of :func:`flex_style` by the computed style's identity (the entry holds it, so no other object
takes its id meanwhile): the cascade hands back the same computed styles render after render, and the
same layout style for them lets the layout reuse its per-style constants too."""
_FLEX_STYLES_MAX = 1024
_BROWSER_FLEX_STYLES: dict[int, tuple[ComputedStyle, FlexStyle]] = {}
""":data:`_FLEX_STYLES` of ``features: browser`` documents (lengths in layout units)."""


def flex_style(s: ComputedStyle, browser: bool = False) -> FlexStyle:
    """The layout inputs of one element's computed style, as Satori hands them to Yoga (``browser``: as
    Blink lays them out, lengths in layout units)."""
    memo = _BROWSER_FLEX_STYLES if browser else _FLEX_STYLES
    hit = memo.get(id(s))
    if hit is not None and hit[0] is s:
        return hit[1]
    made = _flex_style(s)
    if s.rtl_flex:
        made = rtl_flex_style(made)
    if browser:
        made = layout_units(made)
    if not kept_across_renders(s):  # (a style holding a document's worth of text: spec/limits.md)
        return made
    if len(memo) >= _FLEX_STYLES_MAX:
        memo.clear()
    memo[id(s)] = (s, made)
    return made


_LENGTHS = ("width", "height", "min_width", "min_height", "max_width", "max_height", "flex_basis",
            "margin_top", "margin_right", "margin_bottom", "margin_left", "padding_top", "padding_right",
            "padding_bottom", "padding_left", "top", "right", "bottom", "left", "row_gap", "column_gap")


def layout_units(style: FlexStyle) -> FlexStyle:
    """``style`` with its px lengths as Blink lays them out: a ``LayoutUnit`` (1/64 px, toward zero: a
    margin of 10.4 px is 10.390625). Yoga's floats keep 10.4, which ends a box on the other side of a
    half pixel now and then, a pixel from Chromium's snapped edge (browser/fractional-layout-units).
    Percentages and calc() are resolved in layout; border widths are the style layer's."""
    changes: dict[str, float] = {}
    for name in _LENGTHS:
        value = getattr(style, name)
        if type(value) is float and math.isfinite(value):
            snapped = math.trunc(value * 64.0) / 64.0
            if snapped != value:
                changes[name] = snapped
    return replace(style, **changes) if changes else style


def _flex_style(s: ComputedStyle) -> FlexStyle:
    return FlexStyle(
        display=_DISPLAY.get(s.display, Display.FLEX),
        position=s.position,
        flex_direction=s.flex_direction,
        flex_wrap=s.flex_wrap,
        flex_grow=s.flex_grow,
        flex_shrink=s.flex_shrink,
        flex_basis=s.flex_basis,
        justify_content=_FLEX_JUSTIFY.get(s.justify_content, s.justify_content),
        align_items=s.align_items,
        align_self=s.align_self,
        align_content=_FLEX_ALIGN_CONTENT.get(s.align_content, s.align_content),
        width=s.width,
        height=s.height,
        min_width=_unset_if_auto(s.min_width),
        min_height=_unset_if_auto(s.min_height),
        max_width=s.max_width,
        max_height=s.max_height,
        margin_top=s.margin_top,
        margin_right=s.margin_right,
        margin_bottom=s.margin_bottom,
        margin_left=s.margin_left,
        padding_top=s.padding_top,
        padding_right=s.padding_right,
        padding_bottom=s.padding_bottom,
        padding_left=s.padding_left,
        border_top=s.border_top_width,
        border_right=s.border_right_width,
        border_bottom=s.border_bottom_width,
        border_left=s.border_left_width,
        top=_unset_if_auto(s.top),
        right=_unset_if_auto(s.right),
        bottom=_unset_if_auto(s.bottom),
        left=_unset_if_auto(s.left),
        row_gap=s.row_gap,
        column_gap=s.column_gap,
        aspect_ratio=s.aspect_ratio,
        aspect_ratio_css=s.aspect_ratio is not None,
        overflow=s.overflow,
        box_sizing=s.box_sizing,
        grid=grid_style(s),
    )


def grid_style(s: ComputedStyle) -> GridStyle | None:
    """The grid inputs of an element: all of them for a grid container, the item ones (placement,
    ``justifySelf``) for any element that sets them; ``None`` when there are none."""
    container = s.display in _GRID_DISPLAYS
    if not container and (
        s.grid_row_start == AUTO_LINE
        and s.grid_row_end == AUTO_LINE
        and s.grid_column_start == AUTO_LINE
        and s.grid_column_end == AUTO_LINE
        and s.justify_self is ItemAlign.AUTO
    ):
        return None
    return GridStyle(
        template_columns=s.grid_template_columns,
        template_rows=s.grid_template_rows,
        template_areas=s.grid_template_areas,
        auto_columns=s.grid_auto_columns,
        auto_rows=s.grid_auto_rows,
        auto_flow=s.grid_auto_flow,
        row_start=s.grid_row_start,
        row_end=s.grid_row_end,
        column_start=s.grid_column_start,
        column_end=s.grid_column_end,
        justify_content=s.justify_content,
        align_content=s.align_content,
        justify_items=s.justify_items,
        justify_self=s.justify_self,
    )


def _unset_if_auto(value: Dim) -> Dim:
    return None if value is AUTO else value


class _Unreadable:
    """A size Satori hands Yoga as a string Yoga cannot read (``"200"``, ``"50px"`` as an ``<img>``
    attribute): defined for compute.ts's checks, ``auto`` for Yoga (its setter gets NaN)."""


_UNREADABLE = _Unreadable()
_ImageSide = float | Percent | _Unreadable | None


def _js_parse_int(value: object) -> float | None:
    """JavaScript's ``parseInt(String(value))``: leading digits (after an optional sign), else None."""
    if value is None or isinstance(value, bool):
        return None
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    text = text.lstrip()
    sign = -1.0 if text.startswith("-") else 1.0
    digits = ""
    for ch in text[1:] if text[:1] in "+-" and text else text:
        if ch not in "0123456789":  # JavaScript digits (str.isdigit takes any script's, and "²")
            break
        digits += ch
    return sign * float(int(digits)) if digits else None


def _image_attribute(value: object) -> _ImageSide:
    """An ``<img>`` ``width``/``height`` attribute as Satori's ``We()`` reads it: a number is px, a
    string ending in ``%`` a percentage, ``auto`` auto; any other string is unreadable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value)
    if text == "auto":
        return _UNREADABLE
    if text.endswith("%"):
        try:
            return Percent(float(text[:-1]))
        except ValueError:
            return _UNREADABLE
    return _UNREADABLE


def _image_side(style_value: Dim, attribute: object) -> _ImageSide:
    """``o.width || n.width`` (compute.ts): the style's size unless it is 0 or unset, else the
    attribute as written."""
    if isinstance(style_value, Percent) or (isinstance(style_value, float) and style_value != 0.0):
        return style_value
    return _image_attribute(attribute)


def _yoga_dim(side: _ImageSide) -> Dim:
    """A side for Yoga: a NaN (a size times Satori's NaN ratio) is no value, as ``setWidth(NaN)``."""
    if isinstance(side, float):
        return AUTO if math.isnan(side) else side
    return side if isinstance(side, Percent) else AUTO


def _box_model_quirk(style: FlexStyle, width: float, height: float) -> tuple[_ImageSide, _ImageSide]:
    """compute.ts subtracts the padding and border sum from px sizes and adds it back (a no-op), but
    in JavaScript a percentage padding, or a padding or border width Satori keeps as the author's text
    (``0.5Em``, :class:`~pureog.style.values.SatoriText`), is a string: the sum becomes a
    concatenation, the size NaN (Yoga: auto). Only px sizes on both sides take this path."""
    horizontal = (style.padding_left, style.padding_right, style.border_left, style.border_right)
    vertical = (style.padding_top, style.padding_bottom, style.border_top, style.border_bottom)
    new_w: _ImageSide = _UNREADABLE if any(map(satori_holds_text, horizontal)) else width
    new_h: _ImageSide = _UNREADABLE if any(map(satori_holds_text, vertical)) else height
    return new_w, new_h


def image_style(node: StyledNode, style: FlexStyle) -> FlexStyle:
    """Satori's ``<img>`` sizing (compute.ts), step by step: each side is the style's size (unless 0
    or unset), else the ``width``/``height`` attribute as written (a numeric *string* is defined but
    unreadable for Yoga: auto). With neither side the image is ``width: 100%`` with its natural aspect
    ratio; with one side in px the other is that px size times the ratio (border box, no box-model
    correction); with one side in % (or unreadable) Yoga gets the aspect ratio."""
    element = node.element
    src = element.attribute("src")
    natural_w, natural_h = getattr(src, "width", None), getattr(src, "height", None)
    drawable = getattr(src, "drawable", True)
    if not drawable and getattr(src, "format", None) != "svg":
        natural_w = natural_h = None  # data Satori resolves without a size: the attributes' size below
    if not isinstance(natural_w, float) or not isinstance(natural_h, float):
        # Satori: an image of unknown size takes parseInt() of its attributes as its natural size
        natural_w, natural_h = _js_parse_int(element.attribute("width")), _js_parse_int(element.attribute("height"))
    # a style 'auto' is a defined value for `o.width || n.width`: the side stays auto (Yoga), unfilled
    width = _UNREADABLE if _styled_auto(node, "width") else _image_side(style.width, element.attribute("width"))
    height = _UNREADABLE if _styled_auto(node, "height") else _image_side(style.height, element.attribute("height"))
    if natural_w is None or natural_h is None or not natural_w:
        return _sized_image_style(style, _yoga_dim(width), _yoga_dim(height), _KEEP_RATIO)
    if isinstance(width, float) and isinstance(height, float):
        width, height = _box_model_quirk(style, width, height)
    ratio = natural_h / natural_w  # height / width
    aspect: float | None = None
    if width is None and height is None:
        width, aspect = Percent(100.0), 1.0 / ratio
    elif width is None:
        if isinstance(height, float):
            width = height / ratio
        else:
            aspect = 1.0 / ratio
    elif height is None:
        if isinstance(width, float):
            height = width * ratio
        else:
            aspect = 1.0 / ratio
    if aspect is not None and math.isnan(aspect):
        # an SVG of 0 x 0 (ratio 0 / 0) or with a viewBox Number() cannot read (``0 0 24 24px``): Yoga
        # stores a NaN aspect ratio as undefined (the image stretches)
        aspect = None
    return _sized_image_style(style, _yoga_dim(width), _yoga_dim(height), aspect)


def _keyable(value: object) -> bool:
    """Whether ``value`` may be part of a memo key: not a zero (0 == 0.0 == -0.0 as keys, but a zero's
    sign is kept) nor NaN (never equal to itself)."""
    number = value.value if isinstance(value, Percent) else value
    return not (isinstance(number, (int, float)) and (number == 0 or number != number))


_KEEP_RATIO = object()
"""``aspect`` of :func:`_sized_image_style`: the style's own aspect ratio stands."""

_IMAGE_STYLES: dict[tuple[object, ...], tuple[FlexStyle, FlexStyle]] = {}
"""Memo of :func:`_sized_image_style` by the style's identity (the entry holds it) and the sizes: an
image's layout style is then the same object render after render, whose constants the layout keeps
(pureog.layout.tree._CONSTANTS) instead of resolving them again (~0.1 ms a render and image)."""
_IMAGE_STYLES_MAX = 256


def _sized_image_style(style: FlexStyle, width: Dim, height: Dim, aspect: object) -> FlexStyle:
    """``style`` with an image's sizes (and aspect ratio, unless ``_KEEP_RATIO``), kept per value."""
    key = (id(style), type(width), width, type(height), height, type(aspect), aspect)
    # a zero's sign is not part of a key (0.0 == -0.0), a NaN never equals itself: neither is kept
    keep = all(_keyable(v) for v in (width, height, aspect))
    hit = _IMAGE_STYLES.get(key) if keep else None
    if hit is not None and hit[0] is style:
        return hit[1]
    if aspect is _KEEP_RATIO:
        made = replace(style, width=width, height=height)
    else:
        assert aspect is None or isinstance(aspect, float)
        made = replace(style, width=width, height=height, aspect_ratio=aspect, aspect_ratio_css=False)
    if keep:
        if len(_IMAGE_STYLES) >= _IMAGE_STYLES_MAX:
            _IMAGE_STYLES.clear()
        _IMAGE_STYLES[key] = (style, made)
    return made


_SVG_LENGTH = deferred(r"([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[+-]?[0-9]+)?)([A-Za-z]*)")


def _svg_length(value: object, font_size: float, viewport: tuple[float, float]) -> Dim:
    """An ``<svg>`` width/height attribute as Satori's ``lengthToNumber`` reads it (compute.ts): ``em``
    against the parent's font size (``font_size``), ``rem`` 16 px, ``vw``/``vh`` truncated, any other
    lower-case length unit its bare number, a percentage kept; None if absent or no length there (a
    number must be written as JavaScript prints it: ``30.0`` and upper-case units are dropped)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if text.endswith("%"):
        try:
            return Percent(float(text[:-1]))
        except ValueError:
            return None
    match = _SVG_LENGTH.fullmatch(text)
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2)
    if not unit:
        return number if js_number_text(number) == text else None
    if unit == "em":
        return number * font_size
    if unit == "rem":
        return number * REM_PX
    if unit in ("vw", "vh"):
        return float(math.trunc(number * (viewport[0] if unit == "vw" else viewport[1]) / 100.0))
    return number if unit in BARE_UNITS else None


def _js_truthy(value: object) -> bool:
    return bool(value) and not (isinstance(value, float) and math.isnan(value))


def svg_style(node: StyledNode, style: FlexStyle, parent_font_size: float, viewport: tuple[float, float]) -> FlexStyle:
    """Satori's inline ``<svg>`` sizing (compute.ts): width/height attributes, one side completed by
    the viewBox's aspect ratio, else the viewBox size; the style's own width/height win."""
    from pureog.images.sniff import satori_view_box, view_box_size  # noqa: PLC0415  (images never imports layout)

    element = node.element
    view_box = satori_view_box(element.attribute("viewBox") or element.attribute("viewbox"))  # type: ignore[arg-type]
    vb_w, vb_h = view_box_size(view_box) if view_box else (math.nan, math.nan)
    # NaN when a viewBox number is unreadable (``0 0 24 24px``): a side completed from it is NaN, which
    # Satori does not set (falsy), and the viewBox's NaN size does not count either
    ratio = vb_h / vb_w if view_box and vb_w else None
    raw_w, raw_h = element.attribute("width"), element.attribute("height")
    if _auto_attribute(raw_w) or _auto_attribute(raw_h):
        # 'auto' is a truthy string in compute.ts: the side stays 'auto' (Yoga: auto), and so does a
        # missing other side (lengthToNumber('auto') is NaN, which sets nothing); a given one is read
        width_auto = _auto_attribute(raw_w) or raw_w is None
        height_auto = _auto_attribute(raw_h) or raw_h is None
        w = AUTO if width_auto else (_svg_length(raw_w, parent_font_size, viewport) or AUTO)
        h = AUTO if height_auto else (_svg_length(raw_h, parent_font_size, viewport) or AUTO)
        keep_w = style.width not in (AUTO, 0.0) or _styled_auto(node, "width")
        keep_h = style.height not in (AUTO, 0.0) or _styled_auto(node, "height")
        return replace(style, width=style.width if keep_w else w, height=style.height if keep_h else h)
    width = _svg_length(raw_w, parent_font_size, viewport)
    height = _svg_length(raw_h, parent_font_size, viewport)
    if raw_w is not None and raw_h is not None:
        # `lengthToNumber(width) || width`: an attribute that reads as no length or as 0 (`"0"`, `"0em"`,
        # `"1em"` at font size 0) stays as text, which keeps the viewBox size out and which Yoga then
        # drops (auto); only a number 0 is falsy itself and gives way to the viewBox size
        width = AUTO if not _js_truthy(width) and _js_truthy(raw_w) else width
        height = AUTO if not _js_truthy(height) and _js_truthy(raw_h) else height
    if raw_w is None and _js_truthy(raw_h):
        if ratio is None:
            # the height attribute stays as written: Yoga reads a number or a percentage, not "30px"
            width, height = 0.0, _yoga_attribute(element.attribute("height"))
        elif isinstance(height, Percent):
            width = Percent(int(height.value) / ratio) if ratio == ratio else None  # "NaN%": no length
        elif isinstance(height, float):
            width = height / ratio
    elif raw_h is None and _js_truthy(raw_w):
        if ratio is None:
            width = 0.0
        elif isinstance(width, Percent):
            height = Percent(int(width.value) * ratio) if ratio == ratio else None
        elif isinstance(width, float):
            height = width * ratio
    else:
        if not width and view_box:
            width = vb_w
        if not height and view_box:
            height = vb_h
    # `if (!style.width && width)`: a style 'auto' is truthy, so the attribute does not replace it
    set_w = style.width in (AUTO, 0.0) and _js_truthy(width) and not _styled_auto(node, "width")
    set_h = style.height in (AUTO, 0.0) and _js_truthy(height) and not _styled_auto(node, "height")
    new_w = width if set_w else style.width
    new_h = height if set_h else style.height
    return replace(style, width=new_w, height=new_h)


def _auto_attribute(value: object) -> bool:
    return isinstance(value, str) and value.strip() == "auto"


def _styled_auto(node: StyledNode, name: str) -> bool:
    """Whether the element's style or ``tw`` classes set ``name`` to the word ``auto`` or to other text
    Yoga cannot read (Satori's replaced-element sizing reads the raw value: such a string counts as set)."""
    return name in node.auto_sizes


def _yoga_attribute(value: object) -> float | Percent | None:
    """An attribute handed to Yoga as written (``asPointAutoPercentageLength``): a number is px, a
    string ending in ``%`` a percentage; any other string (``"30px"``) is no value (auto)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and value.endswith("%"):
        try:
            return Percent(float(value[:-1]))
        except ValueError:
            return None
    return None


caches.register("layout.node_styles", _FLEX_STYLES, _BROWSER_FLEX_STYLES, _TEXT_STYLES, _CANVAS_STYLES, _IMAGE_STYLES)
