"""Turn the style layer's tree into layout input, building the Yoga tree exactly as Satori 0.29 does.

Input: a :class:`~pureog.style.computed.StyledNode` tree and a factory that makes a measure callback
for each text child. Output: a :class:`~pureog.layout.node.LayoutInput` tree whose ``key`` is the
StyledNode / StyledText it came from (``None`` for the canvas root).

What Satori does (satori.ts, handler/compute.ts, text/index.ts), and so do we:

- The canvas is a root node of the canvas size with ``row / wrap / align-items: flex-start /
  align-content: auto / overflow: hidden``; the document's root element is its only child.
- ``display: block`` and ``-webkit-box`` lay out as flex; ``contents`` and ``none`` are Yoga's.
- Each text child becomes its own leaf node (a "text container") with Yoga's bare defaults, its
  ``justify-content`` taken from ``text-align``, and the measure callback.
- CSS ``aspect-ratio`` is *not* passed to Yoga (Satori 0.29 has it as a TODO); only ``<img>`` gets
  an aspect ratio, from its natural size.
- ``<img>``: a side the style leaves ``auto`` takes the ``width``/``height`` attribute, a missing side
  the image's aspect ratio (natural size from the resolved ``src``, see pureog.images.source);
  ``<svg>``: width/height attributes completed by the viewBox (compute.ts).

Imports :mod:`pureog.layout.node`, :mod:`pureog.style.computed`, :mod:`pureog.style.values`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pureog.layout.node import Dim, FlexStyle, LayoutInput, MeasureFn
from pureog.style.computed import ComputedStyle, StyledNode, StyledText
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
)

MeasureFactory = Callable[[StyledText], MeasureFn]

_DISPLAY = {
    Display.FLEX: Display.FLEX,
    Display.BLOCK: Display.FLEX,
    Display.WEBKIT_BOX: Display.FLEX,
    Display.CONTENTS: Display.CONTENTS,
    Display.NONE: Display.NONE,
}

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
) -> LayoutInput:
    """The canvas root node (``width`` x ``height``; ``None`` = sized by content) around ``root``."""
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
    return LayoutInput(canvas, (element_input(root, measure_leaf),), None, None)


def element_input(node: StyledNode, measure_leaf: MeasureFactory) -> LayoutInput:
    style = flex_style(node.style)
    if node.element.type == "img":
        style = image_style(node, style)
    elif node.element.type == "svg":
        style = svg_style(node, style)
    children = tuple(
        text_input(child, measure_leaf) if isinstance(child, StyledText) else element_input(child, measure_leaf)
        for child in node.children
    )
    return LayoutInput(style, children, None, node)


def text_input(text: StyledText, measure_leaf: MeasureFactory) -> LayoutInput:
    """Satori's text container node: Yoga defaults, baseline items, justify from text-align."""
    style = FlexStyle(
        flex_direction=FlexDirection.COLUMN,
        align_items=Align.BASELINE,
        justify_content=_TEXT_JUSTIFY.get(text.style.text_align, Justify.FLEX_START),
    )
    return LayoutInput(style, (), measure_leaf(text), text)


def flex_style(s: ComputedStyle) -> FlexStyle:
    """The layout inputs of one element's computed style, as Satori hands them to Yoga."""
    return FlexStyle(
        display=_DISPLAY.get(s.display, Display.FLEX),
        position=s.position,
        flex_direction=s.flex_direction,
        flex_wrap=s.flex_wrap,
        flex_grow=s.flex_grow,
        flex_shrink=s.flex_shrink,
        flex_basis=s.flex_basis,
        justify_content=s.justify_content,
        align_items=s.align_items,
        align_self=s.align_self,
        align_content=s.align_content,
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
        aspect_ratio=None,
        overflow=s.overflow,
        box_sizing=s.box_sizing,
    )


def _unset_if_auto(value: Dim) -> Dim:
    return None if value is AUTO else value


def _number(value: object) -> float | None:
    """An ``<img>`` width/height attribute as px (numbers and numeric strings, like parseInt)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        digits = ""
        for ch in value.strip():
            if ch.isdigit() or (ch == "-" and not digits):
                digits += ch
            else:
                break
        try:
            return float(int(digits))
        except ValueError:
            return None
    return None


def image_style(node: StyledNode, style: FlexStyle) -> FlexStyle:
    """Satori's ``<img>`` sizing (compute.ts): each side is the style's size if set, else the
    ``width``/``height`` attribute; a missing side follows the image's aspect ratio (natural size from
    the resolved ``src``), and with neither side the image is ``width: 100%`` with that aspect ratio."""
    attr_w = _number(node.element.attribute("width"))
    attr_h = _number(node.element.attribute("height"))
    width: Dim = style.width
    height: Dim = style.height
    if attr_w is not None and width in (AUTO, 0.0):
        width = attr_w
    if attr_h is not None and height in (AUTO, 0.0):
        height = attr_h
    src = node.element.attribute("src")
    natural = getattr(src, "width", None), getattr(src, "height", None)
    if not isinstance(natural[0], float) or not isinstance(natural[1], float) or natural[0] <= 0:
        return replace(style, width=width, height=height)
    ratio = natural[1] / natural[0]  # height / width
    w_set = width not in (AUTO, None, 0.0)
    h_set = height not in (AUTO, None, 0.0)
    if isinstance(width, float) and isinstance(height, float) and w_set and h_set:
        return replace(style, width=width, height=height)
    if not w_set and not h_set:
        return replace(style, width=Percent(100.0), height=AUTO, aspect_ratio=1.0 / ratio)
    # The box model: the ratio applies to the content box, so padding and border come off first.
    extra_w = sum(v for v in (style.padding_left, style.padding_right, style.border_left, style.border_right)
                  if isinstance(v, float))
    extra_h = sum(v for v in (style.padding_top, style.padding_bottom, style.border_top, style.border_bottom)
                  if isinstance(v, float))
    if not w_set:
        if isinstance(height, float):
            return replace(style, width=(height - extra_h) / ratio + extra_w, height=height)
        return replace(style, width=AUTO, height=height, aspect_ratio=1.0 / ratio)
    if isinstance(width, float):
        return replace(style, width=width, height=(width - extra_w) * ratio + extra_h)
    return replace(style, width=width, height=AUTO, aspect_ratio=1.0 / ratio)


def _svg_length(value: object, font_size: float) -> Dim:
    """An ``<svg>`` width/height attribute: px number, ``px``/``em`` length or percentage; None if absent."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().lower()
    try:
        if text.endswith("%"):
            return Percent(float(text[:-1]))
        if text.endswith("px"):
            return float(text[:-2])
        if text.endswith("rem"):
            return float(text[:-3]) * 16.0
        if text.endswith("em"):
            return float(text[:-2]) * font_size
        return float(text)
    except ValueError:
        return None


def svg_style(node: StyledNode, style: FlexStyle) -> FlexStyle:
    """Satori's inline ``<svg>`` sizing (compute.ts): width/height attributes, one side completed by
    the viewBox's aspect ratio, else the viewBox size; the style's own width/height win."""
    from pureog.images.sniff import parse_view_box  # noqa: PLC0415  (images never imports layout)

    element = node.element
    view_box = parse_view_box(element.attribute("viewBox") or element.attribute("viewbox"))  # type: ignore[arg-type]
    ratio = view_box[3] / view_box[2] if view_box and view_box[2] else None
    width = _svg_length(element.attribute("width"), node.style.font_size)
    height = _svg_length(element.attribute("height"), node.style.font_size)
    if width is None and height:
        if ratio is None:
            width = 0.0
        elif isinstance(height, Percent):
            width = Percent(int(height.value) / ratio)
        elif isinstance(height, float):
            width = height / ratio
    elif height is None and width:
        if ratio is None:
            width = 0.0
        elif isinstance(width, Percent):
            height = Percent(int(width.value) * ratio)
        elif isinstance(width, float):
            height = width * ratio
    else:
        if not width and view_box:
            width = view_box[2]
        if not height and view_box:
            height = view_box[3]
    new_w = width if style.width in (AUTO, 0.0) and width else style.width
    new_h = height if style.height in (AUTO, 0.0) and height else style.height
    return replace(style, width=new_w, height=new_h)
