"""``maskImage`` -> the luminance mask nodes of a display-list :class:`Group`.

Input: the element's style (mask layers, size, position, repeat) and border box -> nodes that paint the
mask in canvas px. Satori (builder/mask-image.ts, gradient/utils.ts) draws each mask layer like a
background layer into one SVG ``<mask>`` (luminance), after turning every stop colour into white with
the stop's alpha, or opaque black for a fully transparent stop; so the mask's luminance is the
gradient's alpha. Its size defaults to ``100% 100%`` and it repeats. The layers are drawn with the
background painter (:mod:`pureog.paint.background`) on the plain border box. The mask covers the
element's fills and its children (not its border), in canvas space, not moved by transforms.
Imports style values and the background painter; no raster.
"""

from __future__ import annotations

from pureog.color import Color, UnreadableColor
from pureog.display import Node
from pureog.geometry import Rect
from pureog.paint.background import ImageResolver, paint_background_images
from pureog.path import SQUARE_CORNERS
from pureog.records import replace
from pureog.style.background_values import (
    BackgroundSize,
    ColorStop,
    ConicGradient,
    ConicStop,
    LinearGradient,
    RadialGradient,
)
from pureog.style.computed import ComputedStyle
from pureog.style.values import Percent

_WHOLE_BOX = (BackgroundSize(None, (Percent(100.0), Percent(100.0))),)
_NATURAL = BackgroundSize("auto", (), True, True)


def _mask_stop(stop: ColorStop | ConicStop) -> ColorStop | ConicStop:
    alpha = stop.color.a
    # A stop colour Satori cannot read keeps its text, which resvg paints black: it hides.
    hidden = alpha <= 0 or isinstance(stop.color, UnreadableColor)
    color = Color(0, 0, 0, 1.0) if hidden else Color(255, 255, 255, alpha)
    return replace(stop, color=color)


def mask_nodes(style: ComputedStyle, rect: Rect, path: str, resolve: ImageResolver,
               viewport: tuple[float, float] | None = None) -> tuple[Node, ...] | None:
    """The mask of an element with ``maskImage``, or None; ``resolve`` reads its ``url()`` images;
    ``viewport``: the canvas size, the tile of a ``url()`` layer's axis that does not repeat (Satori's
    ``'100%'`` pattern side, which resvg reads as the canvas's, in a mask as in a background)."""
    if not style.mask_image:
        return None
    if rect.width <= 0 or rect.height <= 0:
        return ()  # a mask with nothing in it: the box's overflowing descendants are hidden, as in CSS
    layers = []
    sizes = []
    given = style.mask_size or _WHOLE_BOX
    for index, image in enumerate(style.mask_image):
        size = given[index % len(given)]
        if isinstance(image, LinearGradient) and image.colour_layer:
            pass  # Satori's plain rect of the colour (opaque, as it reads it): its luminance masks
        elif isinstance(image, (LinearGradient, RadialGradient, ConicGradient)):
            image = replace(image, stops=tuple(_mask_stop(s) for s in image.stops))
        elif size.keyword is None:
            # Satori sizes a url() mask layer with the image's natural size before the given lengths
            # (`k || size`, mask-image.ts): an explicit maskSize does not scale it, cover/contain/auto do.
            size = _NATURAL
        layers.append(image)
        sizes.append(size)
    shim = replace(
        style,
        background_image=tuple(layers),
        background_size=tuple(sizes),
        background_position=style.mask_position,
        background_repeat=style.mask_repeat,
    )
    nodes = paint_background_images(shim, rect, SQUARE_CORNERS, f"{path}.style.maskImage", resolve, viewport)
    return tuple(nodes)


__all__ = ["mask_nodes"]
