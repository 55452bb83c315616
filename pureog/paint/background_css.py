"""Background layers read as CSS reads them (style/css_background.py), in CSS Backgrounds 3's geometry.

The positioning area is the layer's ``background-origin`` box (the padding box unless set); the
painting area is its ``background-clip`` box (the caller fills that shape: paint/box_areas.py). Each
layer is sized (section 3.9), its tiles rounded for ``round`` (3.4), placed in the free space (3.6)
and tiled per axis: ``repeat`` from the position both ways, ``space`` with equal gaps from edge to
edge (the position ignored while two copies fit), ``no-repeat`` once. Satori's readings of the same
longhands, where a layer mixes both, count as what they say in CSS terms.
"""

from __future__ import annotations

import math

from pureog.display import Node, PatternPaint
from pureog.geometry import Rect
from pureog.paint.background import ImageResolver, gradient_content, resolve_url, url_content
from pureog.paint.image import image_quality
from pureog.style.background_values import (
    BackgroundImage,
    BackgroundPosition,
    BackgroundRepeat,
    BackgroundSize,
    UrlImage,
)
from pureog.style.computed import ComputedStyle
from pureog.style.css_background import CssPosition, CssRepeat, CssSize
from pureog.style.values import Percent, resolve_length


def css_layer(style: ComputedStyle, image: BackgroundImage, size: object, repeat: object, position: object,
              rect: Rect, area: Rect, path: str, resolve: ImageResolver) -> PatternPaint | None:
    """One layer's pattern (None: it draws nothing); ``rect``: the border box, ``area``: the layer's
    positioning area (its ``background-origin`` box)."""
    if not (area.width > 0 and area.height > 0):
        return None
    tiling = _as_repeat(repeat)
    if isinstance(image, UrlImage):
        resolved = resolve_url(image, path, resolve)
        if resolved is None or not (resolved.width > 0 and resolved.height > 0):
            return None
        natural: tuple[float, float] | None = (resolved.width, resolved.height)
    else:
        resolved, natural = None, None
    w, h = _rounded(tiling, *_image_size(_as_size(size), area, natural), area, _as_size(size))
    if not (w > 0 and h > 0):
        return None
    content: tuple[Node, ...] | None
    if resolved is not None:
        content = url_content(resolved, w, h, path, image_quality(style), whole_pixel_svg=False)
    else:
        # CSS's gradient (Chromium's): no resvg mask that vanishes on a huge layer
        content = gradient_content(image, w, h, rect.width, path, css=True)  # type: ignore[arg-type]
    if not content:
        return None
    pos = _as_position(position)
    x, tile_w = _axis(tiling.x, area.x, area.width, w, pos.x, pos.x_from_end, rect.x, rect.right)
    y, tile_h = _axis(tiling.y, area.y, area.height, h, pos.y, pos.y_from_end, rect.y, rect.bottom)
    return PatternPaint(x, y, tile_w, tile_h, content)


def _image_size(size: CssSize, area: Rect, natural: tuple[float, float] | None) -> tuple[float, float]:
    """Section 3.9: ``cover``/``contain`` keep the ratio, ``auto`` takes the natural size or the ratio,
    percentages are of the positioning area; a gradient (no natural size) fills the area."""
    aw, ah = area.width, area.height
    if natural is None:
        if size.keyword is not None:
            return aw, ah
        return (resolve_length(size.width, aw) if size.width is not None else aw,
                resolve_length(size.height, ah) if size.height is not None else ah)
    nw, nh = natural
    if size.keyword is not None:
        scale = (max if size.keyword == "cover" else min)(aw / nw, ah / nh)
        return nw * scale, nh * scale
    if size.width is None and size.height is None:
        return nw, nh
    if size.height is None:
        width = resolve_length(size.width, aw)  # type: ignore[arg-type]
        return width, nh * width / nw
    if size.width is None:
        height = resolve_length(size.height, ah)
        return nw * height / nh, height
    return resolve_length(size.width, aw), resolve_length(size.height, ah)


def _rounded(tiling: CssRepeat, w: float, h: float, area: Rect, size: CssSize) -> tuple[float, float]:
    """Section 3.4 ``round``: the size on that axis makes a whole number of tiles fit the area; with
    ``auto`` on the other axis, that one keeps the ratio."""
    rw = area.width / max(1, math.floor(area.width / w + 0.5)) if tiling.x == "round" and w > 0 else w
    rh = area.height / max(1, math.floor(area.height / h + 0.5)) if tiling.y == "round" and h > 0 else h
    auto = size.keyword is None
    if rw != w and tiling.y != "round" and auto and size.height is None:
        rh = h * rw / w
    if rh != h and tiling.x != "round" and auto and size.width is None:
        rw = w * rh / h
    return rw, rh


def _axis(style: str, start: float, length: float, tile: float, offset: float | Percent, from_end: bool,
          paint_start: float, paint_end: float) -> tuple[float, float]:
    """One axis: the pattern's origin and its tile length (a ``no-repeat`` tile is long enough that
    no second copy reaches into the painting area)."""
    if style == "space":
        count = math.floor(length / tile) if tile > 0 else 0
        if count >= 2:
            return start, tile + (length - count * tile) / (count - 1)
    free = length - tile
    at = resolve_length(offset, free)
    origin = start + (free - at if from_end else at)
    if style in ("repeat", "round"):
        return origin, tile
    return origin, max(paint_end - origin, origin + tile - paint_start, tile) + 1.0


def _as_size(size: object) -> CssSize:
    if isinstance(size, CssSize):
        return size
    if isinstance(size, BackgroundSize):  # Satori's reading of a longhand, in CSS terms
        if size.keyword in ("cover", "contain"):
            return CssSize(size.keyword)
        values = list(size.values[:2])
        if size.keyword == "auto":
            if size.auto_width and not size.auto_height and values:
                return CssSize(None, None, values[0])
            if size.auto_height and not size.auto_width and values:
                return CssSize(None, values[0], None)
            return CssSize()
        return CssSize(None, values[0] if values else None, values[1] if len(values) > 1 else None)
    return CssSize()


def _as_repeat(repeat: object) -> CssRepeat:
    if isinstance(repeat, CssRepeat):
        return repeat
    if isinstance(repeat, BackgroundRepeat):
        return CssRepeat("repeat" if repeat.x else "no-repeat", "repeat" if repeat.y else "no-repeat")
    return CssRepeat()


def _as_position(position: object) -> CssPosition:
    if isinstance(position, CssPosition):
        return position
    if isinstance(position, BackgroundPosition) and position.values:
        values = position.values
        return CssPosition(values[0], values[1] if len(values) > 1 else Percent(50.0))
    return CssPosition()
