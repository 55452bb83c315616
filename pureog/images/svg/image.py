"""SVG ``<image>`` -> display nodes, as usvg loads and resvg draws it (data: URIs only).

Input: the image element, the context. Output: display nodes in the element's user space.

Where it draws: resvg removes every ``<image>`` from the tree of an SVG that is itself an image, and
Satori hands resvg every SVG as an image (``<img src>``, inline ``<svg>``, emoji), so an ``<image>`` in
the drawing never shows in Next.js; the copies in masks and patterns, which that clean-up does not
reach, do (:attr:`Context.images`). The ``href`` must be a ``data:`` URI of a PNG, JPEG or GIF
(``image/png``, ``image/jpeg``, ``image/jpg``, ``image/gif``, or ``text/plain`` sniffed), or an SVG
(``image/svg+xml``), drawn without its own images; anything else (files, URLs) draws nothing, as
resvg-wasm has no file access. x/y/width/height place it (width/height default to the picture's
size); ``preserveAspectRatio`` fits it: the picture keeps its ratio in the viewport, aligned, and
``slice`` clips it to the viewport. Raster pixels are filled without anti-aliasing, bicubic
(``image-rendering: optimizeSpeed`` samples nearest), as resvg fills a picture's rectangle.
Imports display, geometry, path, :mod:`pureog.images` decoders and the renderer's helpers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pureog.display import Clip, FillPath, FilterQuality, Group, ImagePaint, Node
from pureog.errors import LimitError, PureogError
from pureog.geometry import Affine, Rect, round_half_away
from pureog.images.svg.context import Context
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import aligned_offset, length, parse_aspect
from pureog.path import rect_path

if TYPE_CHECKING:
    from pureog.images.source import ResolvedImage

_MIME = re.compile(r"\s*data:\s*([a-zA-Z0-9.+-]+/[a-zA-Z0-9.+-]+)?", re.I)
_RASTER = {"image/png", "image/jpeg", "image/jpg", "image/gif"}


def image_rect(view: Rect, natural_w: float, natural_h: float, aspect: str | None) -> Rect:
    """usvg's ``image_rect``: the picture's size fitted to the viewport by preserveAspectRatio, aligned."""
    align, slice_ = parse_aspect(aspect)
    if align == "none":
        w, h = view.width, view.height
    else:
        sx, sy = view.width / natural_w, view.height / natural_h
        s = max(sx, sy) if slice_ else min(sx, sy)
        w, h = natural_w * s, natural_h * s
    dx, dy = aligned_offset(align, view.width - w, view.height - h)
    return Rect(view.x + dx, view.y + dy, w, h)


def picture(text: str, ctx: Context, quality: FilterQuality) -> tuple[list[Node], float, float] | None:
    """A ``data:`` URI's picture as display nodes drawn over ``0..width`` x ``0..height``, its natural
    size (an SVG's rounded to whole pixels, as resvg draws it): ``(nodes, width, height)``, or None
    where resvg draws nothing (an feImage's data: no viewport, it is fitted later in device pixels)."""
    found = _resolve(text.strip(), ctx)
    if found is None:
        return None
    resolved, sub, natural_w, natural_h = found
    if sub is not None:
        from pureog.images.svg.render import render_svg_root  # noqa: PLC0415

        w, h = float(max(1, round_half_away(natural_w))), float(max(1, round_half_away(natural_h)))
        return list(render_svg_root(sub, Rect(0.0, 0.0, w, h), ctx.where)), w, h
    from pureog.images.decode import decode_raster  # noqa: PLC0415

    try:
        pixels = decode_raster(resolved)
    except LimitError:
        raise  # the render's decoding work is spent: not an image resvg cannot decode
    except PureogError:
        return None
    w, h = float(pixels.width), float(pixels.height)
    if not (w > 0 and h > 0):
        return None
    return [FillPath(rect_path(Rect(0.0, 0.0, w, h)), ImagePaint(pixels, Affine(1.0, 0.0, 0.0, 1.0, 0.0, 0.0),
                                                                  quality=quality), anti_alias=False)], w, h


def _resolve(text: str, ctx: Context) -> tuple[ResolvedImage, SvgNode | None, float, float] | None:
    """A ``data:`` URI resvg reads as a picture: (the resolved data, its SVG tree or None for a raster
    picture, its natural size); None where resvg draws nothing."""
    match = _MIME.match(text)
    if match is None:
        return None
    mime = (match.group(1) or "text/plain").lower()
    if mime not in _RASTER and mime not in ("image/svg+xml", "text/plain"):
        return None
    from pureog.images.sniff import ImageFormat  # noqa: PLC0415  (images in SVG are rare)
    from pureog.images.source import resolve_source  # noqa: PLC0415

    try:
        resolved = resolve_source(text, where=ctx.where)
    except PureogError:
        return None
    if not resolved.drawable:  # no image in the data: resvg draws nothing
        return None
    is_svg = resolved.format == ImageFormat.SVG
    if mime == "image/svg+xml" and not is_svg or mime in _RASTER and is_svg:
        return None
    if resolved.format not in (ImageFormat.PNG, ImageFormat.JPEG, ImageFormat.GIF, ImageFormat.SVG):
        return None
    natural_w, natural_h = resolved.width, resolved.height
    sub: SvgNode | None = None
    if is_svg:
        from pureog.images.svg.render import svg_root_size  # noqa: PLC0415
        from pureog.images.svg.tree import parse_svg_text  # noqa: PLC0415

        try:
            sub = parse_svg_text(resolved.data, ctx.where)
            natural_w, natural_h = svg_root_size(sub)
        except PureogError:
            return None
    return resolved, sub, natural_w, natural_h


def image_nodes(node: SvgNode, ctx: Context) -> list[Node]:
    if not ctx.images:
        return []
    found = _resolve((node.attrs.get("href") or node.attrs.get("xlink:href") or "").strip(), ctx)
    if found is None:
        return []
    resolved, sub, natural_w, natural_h = found
    a = node.attrs
    x, y = length(a.get("x"), 0.0, ctx.view_w), length(a.get("y"), 0.0, ctx.view_h)
    w = length(a.get("width"), natural_w, ctx.view_w)
    h = length(a.get("height"), natural_h, ctx.view_h)
    if not (w > 0 and h > 0 and natural_w > 0 and natural_h > 0):
        return []
    view = Rect(x, y, w, h)
    aspect = a.get("preserveAspectRatio")
    _, slice_ = parse_aspect(aspect)
    if sub is not None:
        from pureog.images.svg.render import render_svg_root  # noqa: PLC0415

        device = ctx.device @ ctx.matrix if ctx.device is not None else None
        # fitted as resvg fits an SVG picture: whole units (render_svg_root, units.screen_fit)
        nodes: list[Node] = list(render_svg_root(sub, view, ctx.where, device, aspect=aspect or ""))
    else:
        from pureog.images.decode import decode_raster  # noqa: PLC0415

        try:
            pixels = decode_raster(resolved)
        except LimitError:
            raise  # the render's decoding work is spent: not an image resvg cannot decode
        except PureogError:
            return []
        target = image_rect(view, float(pixels.width), float(pixels.height), aspect)
        quality = (FilterQuality.NEAREST if (a.get("image-rendering") or "").strip() in ("optimizeSpeed", "pixelated")
                   else FilterQuality.BICUBIC)
        transform = Affine(target.width / pixels.width, 0.0, 0.0, target.height / pixels.height, target.x, target.y)
        nodes = [FillPath(rect_path(target), ImagePaint(pixels, transform, quality=quality), anti_alias=False)]
    if slice_ and nodes:
        return [Group(tuple(nodes), clip=Clip(rect_path(view)))]
    return nodes
