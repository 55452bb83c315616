"""Raster images as ``<image>`` elements with PNG ``data:`` URIs.

Role: :class:`~pureog.display.ImagePaint` -> an ``<image>`` (or, for what an ``<image>`` cannot show, a
``<pattern>`` holding one). The pixels are pureog's own decoded ones (premultiplied RGBA8), written by
pureog's PNG encoder (:func:`pureog.raster.png.encode_png`, straight alpha: un-premultiplying and
premultiplying again gives back the same bytes), base64-encoded. Imports display, geometry, path, the
raster PNG writer and its pixmap type, and the SVG helpers.

How the display list's image fills map to SVG:

- the usual fill (pureog's ``<img>`` and ``url()`` tiles): a rectangle path exactly covering the image
  mapped by an axis-aligned, positive scale -> ``<image x y width height preserveAspectRatio="none">``,
  which resvg fills as the rasterizer does (its pixels stretched to the rectangle, bicubic);
- ``FilterQuality.NEAREST`` -> ``image-rendering="optimizeSpeed"``; ``BILINEAR`` has no SVG 1.1
  keyword (resvg knows only bicubic and nearest) and is written as the default, bicubic;
- anything else (another path, a rotated or flipped mapping, ``repeat_x``/``repeat_y``) -> a
  ``<pattern>`` of the image's pixel size with ``patternTransform``: repeating both ways, so a
  non-repeating image is not padded with its edge pixels outside its rectangle (SVG has no pad mode
  for images); inside it, the same picture.
"""

from __future__ import annotations

import base64

from pureog.display import FilterQuality, Image, ImagePaint
from pureog.geometry import Rect
from pureog.path import Path
from pureog.raster.pixmap import Pixmap
from pureog.raster.png import encode_png
from pureog.svg_export.numbers import EXACT, num, transform
from pureog.svg_export.xml import Element


class ImageUris:
    """PNG data URIs, encoded once per image object of a document."""

    def __init__(self) -> None:
        self._uris: dict[int, tuple[Image, str]] = {}

    def uri(self, image: Image) -> str:
        found = self._uris.get(id(image))
        if found is not None:
            return found[1]
        png = encode_png(Pixmap(image.width, image.height, bytearray(image.data)))
        text = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        self._uris[id(image)] = (image, text)  # the image is kept, so its id is not reused
        return text


def image_rect(paint: ImagePaint) -> Rect | None:
    """The rectangle the image covers when its mapping is an axis-aligned positive scale, else None."""
    t = paint.transform
    if t.b != 0.0 or t.c != 0.0 or not (t.a > 0.0 and t.d > 0.0):
        return None
    return Rect(t.e, t.f, t.a * paint.image.width, t.d * paint.image.height)


def is_rect_path(path: Path, r: Rect) -> bool:
    """Whether ``path`` is the closed rectangle ``r`` (any start corner and direction)."""
    segs = path.segments
    if len(segs) not in (5, 6) or segs[0][0] != "M" or segs[-1][0] != "Z":
        return False
    if any(s[0] != "L" for s in segs[1:-1]):
        return False
    points = [(round(float(s[1]), 6), round(float(s[2]), 6)) for s in segs[:-1]]  # type: ignore[arg-type]
    if len(points) == 5:
        if points[4] != points[0]:
            return False
        points.pop()
    corners = {(round(x, 6), round(y, 6)) for x, y in ((r.x, r.y), (r.right, r.y), (r.right, r.bottom),
                                                        (r.x, r.bottom))}  # fmt: skip
    # the four corners, each side along an axis (not a bow tie through the same corners)
    sides = zip(points, points[1:] + points[:1], strict=True)
    return set(points) == corners and len(corners) == 4 and all(a[0] == b[0] or a[1] == b[1] for a, b in sides)


def image_element(paint: ImagePaint, rect: Rect, uri: str) -> Element:
    """``<image>`` covering ``rect`` with the paint's pixels."""
    el = Element("image", {"x": num(rect.x, EXACT), "y": num(rect.y, EXACT), "width": num(rect.width, EXACT),
                           "height": num(rect.height, EXACT), "preserveAspectRatio": "none"})
    _rendering(el, paint.quality)
    el.attrs["href"] = uri
    return el


def image_pattern(paint: ImagePaint, uri: str) -> Element:
    """A ``<pattern>`` repeating the image at its pixel size, mapped by the paint's transform."""
    w, h = str(paint.image.width), str(paint.image.height)
    pattern = Element("pattern", {"patternUnits": "userSpaceOnUse", "width": w, "height": h})
    pattern.set("patternTransform", transform(paint.transform))
    image = Element("image", {"width": w, "height": h, "preserveAspectRatio": "none"})
    _rendering(image, paint.quality)
    image.attrs["href"] = uri
    pattern.children.append(image)
    return pattern


def _rendering(el: Element, quality: FilterQuality) -> None:
    if quality == FilterQuality.NEAREST:
        el.attrs["image-rendering"] = "optimizeSpeed"
