"""Colour glyphs as display-list nodes: COLR v0 layers, COLR v1 paint graphs, CBDT / sbix bitmaps.

Input: a face, a glyph id, the font size, the glyph's pen position (canvas px, baseline) and the text
colour. Output: display-list nodes drawing the glyph as Chromium draws it (Skia's COLR v1 renderer over
FreeType's paint API; bitmaps scaled from the best strike). The tables come from
:mod:`pureog.text.color_glyphs`.

Everything inside a COLR glyph is drawn in font units with y pointing down (outlines from
:func:`pureog.text.outline.glyph_outline` at one px per unit) in a group scaled to the font size, so
COLR's y-up geometry is mirrored once here: points ``(x, -y)``, matrices conjugated by ``diag(1, -1)``.
Paint formats: PaintColrLayers, PaintSolid, linear (its rotated third point folded in), radial (two
circles: a two-point conical gradient) and sweep gradients with pad / repeat / reflect, PaintGlyph (a
fill when a fill paint is under it, else a clip), PaintColrGlyph (cycles and depth bounded), every
transform (the ``Var`` formats at the default instance), PaintComposite (separable and non-separable
blend modes, Porter-Duff operators), clip boxes. Must not import layout or raster.
"""

from __future__ import annotations

import math
from typing import Any

from pureog import caches
from pureog.color import Color
from pureog.display import (
    BlendMode,
    Clip,
    ConicGradientPaint,
    FillPath,
    FilterQuality,
    GradientStop,
    Group,
    Image,
    ImagePaint,
    LinearGradientPaint,
    Node,
    Paint,
    RadialGradientPaint,
    SolidPaint,
    SpreadMethod,
)
from pureog.errors import FontError, PureogError
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.limits import charge_glyph_segments
from pureog.paint.glyph_bitmap import halve
from pureog.path import Path, rect_path
from pureog.text.color_glyphs import ColorGlyphs, color_glyphs
from pureog.text.fonts import FontFace
from pureog.text.outline import glyph_outline

MAX_DEPTH = 32
"""Nested PaintColrGlyph / PaintGlyph levels followed at most (a cycle ends there)."""
MAX_NODES = 4096
"""Paint nodes one glyph may expand to (a hostile font's layers reused many times over)."""

_EXTEND = {0: SpreadMethod.PAD, 1: SpreadMethod.REPEAT, 2: SpreadMethod.REFLECT}
_BLEND = {13: BlendMode.SCREEN, 14: BlendMode.OVERLAY, 15: BlendMode.DARKEN, 16: BlendMode.LIGHTEN,
          17: BlendMode.COLOR_DODGE, 18: BlendMode.COLOR_BURN, 19: BlendMode.HARD_LIGHT, 20: BlendMode.SOFT_LIGHT,
          21: BlendMode.DIFFERENCE, 22: BlendMode.EXCLUSION, 23: BlendMode.MULTIPLY, 24: BlendMode.HUE,
          25: BlendMode.SATURATION, 26: BlendMode.COLOR, 27: BlendMode.LUMINOSITY}
_PORTER_DUFF = {0: "clear", 1: "source", 2: "destination", 3: "source-over", 4: "destination-over", 5: "source-in",
                6: "destination-in", 7: "source-out", 8: "destination-out", 9: "source-atop", 10: "destination-atop",
                11: "xor", 12: "plus"}
_EVERYWHERE = rect_path(Rect(-1e5, -1e5, 2e5, 2e5))
"""A fill paint that no PaintGlyph bounds covers the glyph's whole plane (cut by its clip box)."""


_CACHE_LIMIT = 2048
_content: dict[tuple[object, ...], tuple[tuple[Node, ...], Clip | None, int]] = {}
"""A COLR glyph's nodes in font units per (face, glyph, text colour), and their :func:`_weight`:
occurrences share them."""
_images: dict[tuple[str, int, int], Image | None] = {}
"""Decoded bitmap strikes per (face, glyph, ppem)."""
_scaled: dict[tuple[str, int, int, int], Image] = {}
"""Bitmap strikes halved to the mipmap level that shrinking them below half size reads."""


def color_glyph_nodes(face: FontFace, gid: int, size: float, x: float, y: float, foreground: Color) -> list[Node]:
    """The glyph drawn in colour at pen position (x, y) (baseline, canvas px); [] if nothing shows.
    fontTools reads the glyph's subtables on first use: damage there is a :class:`FontError`."""
    try:
        with face.lock:
            return _nodes(face, gid, size, x, y, foreground)
    except PureogError:
        raise
    except Exception as exc:  # fontTools raises many kinds (struct.error, AssertionError, ...)
        raise FontError(f"cannot read colour glyph {gid}: {type(exc).__name__}: {exc}", path=face.path) from exc


def _nodes(face: FontFace, gid: int, size: float, x: float, y: float, foreground: Color) -> list[Node]:
    glyphs = color_glyphs(face)
    if glyphs is None or size <= 0.0:
        return []
    bitmap = glyphs.bitmap(gid, size)
    if bitmap is not None:
        return _bitmap_nodes(face, gid, bitmap, size, x, y)
    # Skia draws a COLR glyph as one colour mask at a whole pixel: its horizontal position rounded as
    # for a sub-pixel glyph (x + 1/8 down to the pixel, the quarter-pixel phase dropped: colour masks
    # have none), the baseline to the nearest pixel. Drawn at the exact pen position, the layers' edges
    # were a fraction of a pixel from Chromium's (browser/color-font-colrv0 36.4 -> 49.0 dB, colrv1
    # 31.7 -> 45.2 dB, font-variant-emoji 32.3 -> 38.2 dB; rounded to the nearest pixel, colrv1 30.9 dB).
    # (A bitmap glyph, scaled from its strike, stays at the pen position: neither rounding matches
    # fonts/color-bitmap-glyphs better.)
    x, y = math.floor(x + 0.125), math.floor(y + 0.5)
    key = (face.key, gid, foreground)
    found = _content.get(key)
    if found is None:
        content, clip_box = _colr_content(face, glyphs, gid, foreground)
        found = (content, clip_box, _weight(content))
        if len(_content) >= _CACHE_LIMIT:
            _content.clear()
        _content[key] = found
    nodes, clip, weight = found
    if not nodes:
        return []
    # each placement draws every layer again (a glyph of 20,000 layers took 0.24 s a placement)
    charge_glyph_segments(weight)
    scale = size / face.units_per_em
    return [Group(nodes, transform=Affine(scale, 0.0, 0.0, scale, x, y), clip=clip)]


def _weight(nodes: tuple[Node, ...]) -> int:
    """A COLR glyph's outline segments and nodes, counted against the render's glyph segments
    (:func:`pureog.limits.charge_glyph_segments`) at each placement."""
    weight, stack = 0, list(nodes)
    while stack:
        node = stack.pop()
        weight += 1
        if isinstance(node, FillPath):
            weight += len(node.path.segments)
        elif isinstance(node, Group):
            stack.extend(node.children)
    return weight


def _colr_content(face: FontFace, glyphs: ColorGlyphs, gid: int,
                  foreground: Color) -> tuple[tuple[Node, ...], Clip | None]:
    """A COLR glyph's nodes in font units (y down) and its clip box."""
    paint = glyphs.paint(gid)
    if paint is not None:
        nodes = _Painter(face, glyphs, foreground).render(paint, 0)
        clip_box = glyphs.clip_box(gid)
        clip = None
        if clip_box is not None:
            x0, y0, x1, y1 = clip_box
            clip = Clip(rect_path(Rect(x0, -y1, x1 - x0, y1 - y0)))
        return tuple(nodes), clip
    fills: list[Node] = []
    for layer, index in (glyphs.layers(gid) or ())[:MAX_NODES]:  # (a COLRv0 glyph may list 65,535)
        path = glyph_outline(face, layer, face.units_per_em)
        color = glyphs.color(index, 1.0, foreground)
        if path.segments and color.a > 0.0:
            fills.append(FillPath(path, SolidPaint(color), analytic=True))
    return tuple(fills), None


def _bitmap_nodes(face: FontFace, gid: int, bitmap: Any, size: float, x: float, y: float) -> list[Node]:
    key = (face.key, gid, bitmap.ppem)
    if key in _images:
        image = _images[key]
    else:
        from pureog.images.png import decode_png  # noqa: PLC0415  (only bitmap glyphs need the decoder)

        try:
            image = decode_png(bitmap.png)
        except Exception as exc:  # a damaged PNG in the font
            raise FontError(f"cannot decode the bitmap of glyph {gid}: {exc}", path=face.path) from exc
        if len(_images) >= _CACHE_LIMIT:
            _images.clear()
        _images[key] = image
    if image is None or image.width <= 0 or image.height <= 0:
        return []
    k = size / bitmap.ppem
    left, top = x + bitmap.left * k, y - bitmap.top * k
    target = Rect(left, top, image.width * k, image.height * k)
    # Skia shrinks a strike below half size through mipmaps: the picture is halved (2x2 means) until
    # the rest of the scaling is at least a half, then resampled
    halvings = 0
    while k * (1 << halvings) < 0.5 and (image.width >> halvings > 1 or image.height >> halvings > 1):
        halvings += 1
    skey = (face.key, gid, bitmap.ppem, halvings)
    shrunk = _scaled.get(skey) if halvings else image
    if shrunk is None:
        shrunk = image
        for _ in range(halvings):
            shrunk = halve(shrunk)
        if len(_scaled) >= _CACHE_LIMIT:
            _scaled.clear()
        _scaled[skey] = shrunk
    kx, ky = k * image.width / shrunk.width, k * image.height / shrunk.height
    paint = ImagePaint(shrunk, Affine(kx, 0.0, 0.0, ky, left, top), quality=FilterQuality.BILINEAR)
    return [FillPath(rect_path(target), paint)]


def _y_down(xx: float, yx: float, xy: float, yy: float, dx: float, dy: float) -> Affine:
    """A COLR (y-up) affine map, as the same map in y-down coordinates: ``diag(1,-1) M diag(1,-1)``."""
    return Affine(xx, -yx, -xy, yy, dx, -dy)


def _around(m: Affine, cx: float, cy: float) -> Affine:
    """``m`` about the y-up centre (cx, cy), in y-down coordinates."""
    return Affine.translate(cx, -cy) @ m @ Affine.translate(-cx, cy)


class _Painter:
    """Turns one glyph's COLR v1 paint graph into nodes (font units, y down)."""

    def __init__(self, face: FontFace, glyphs: ColorGlyphs, foreground: Color) -> None:
        self.face = face
        self.glyphs = glyphs
        self.foreground = foreground
        self.count = 0
        self.ids = {name: gid for gid, name in enumerate(face.glyph_order)}

    def outline(self, name: str) -> Path:
        gid = self.ids.get(name)
        return glyph_outline(self.face, gid, self.face.units_per_em) if gid is not None else Path(())

    def render(self, paint: Any, depth: int) -> list[Node]:
        """The nodes of ``paint`` (a fill paint covers the whole plane)."""
        self.count += 1
        if depth > MAX_DEPTH or self.count > MAX_NODES:
            return []
        fmt = int(paint.Format)
        if fmt == 1:  # PaintColrLayers
            # only as many as the node budget has left: 4,096 lists of 65,535 layers each were walked
            count = max(0, min(paint.NumLayers, MAX_NODES + 1 - self.count))
            layers = self.glyphs.layer_list[paint.FirstLayerIndex: paint.FirstLayerIndex + count]
            return [node for layer in layers for node in self.render(layer, depth + 1)]
        fill = self.fill(paint, IDENTITY)
        if fill is not None:
            return [FillPath(_EVERYWHERE, fill)]
        if fmt == 10:  # PaintGlyph
            path = self.outline(paint.Glyph)
            if not path.segments:
                return []
            inner, matrix = _peel(paint.Paint)
            fill = self.fill(inner, matrix)
            if fill is not None:
                return [FillPath(path, fill, analytic=True)]
            nodes = self.render(paint.Paint, depth + 1)
            return [Group(tuple(nodes), clip=Clip(path))] if nodes else []
        if fmt == 11:  # PaintColrGlyph
            target = self.glyphs.paint_of_name(paint.Glyph)
            return self.render(target, depth + 1) if target is not None else []
        step = _transform(paint)
        if step is not None:
            nodes = self.render(paint.Paint, depth + 1)
            return [Group(tuple(nodes), transform=step)] if nodes else []
        if fmt == 32:  # PaintComposite
            return self.composite(paint, depth)
        return []

    def composite(self, paint: Any, depth: int) -> list[Node]:
        source = self.render(paint.SourcePaint, depth + 1)
        backdrop = self.render(paint.BackdropPaint, depth + 1)
        mode = int(paint.CompositeMode)
        if mode in _BLEND:
            top = Group(tuple(source), blend=_BLEND[mode])
        else:
            operator = _PORTER_DUFF.get(mode, "source-over")
            if operator == "source-over":
                top = Group(tuple(source))
            else:
                top = Group(tuple(source), porter_duff=operator)
        return [Group((Group(tuple(backdrop)), top), layer=True)]

    def fill(self, paint: Any, matrix: Affine) -> Paint | None:
        """A solid or gradient paint as a display paint (gradients under ``matrix``); None otherwise."""
        fmt = int(paint.Format)
        if fmt in (2, 3):
            return SolidPaint(self.glyphs.color(paint.PaletteIndex, float(paint.Alpha), self.foreground))
        if fmt in (4, 5, 6, 7, 8, 9):
            stops, extend = self.color_line(paint.ColorLine)
            if not stops:
                return None
            if len(stops) == 1 or stops[0].offset == stops[-1].offset:
                return SolidPaint(stops[-1].color)
            if fmt in (4, 5):
                return _linear(paint, stops, extend, matrix)
            if fmt in (6, 7):
                return _radial(paint, stops, extend, matrix)
            return _sweep(paint, stops, extend, matrix)
        return None

    def color_line(self, line: Any) -> tuple[list[GradientStop], SpreadMethod]:
        stops = sorted(((float(s.StopOffset), self.glyphs.color(s.PaletteIndex, float(s.Alpha), self.foreground))
                        for s in line.ColorStop), key=lambda item: item[0])
        return [GradientStop(o, c) for o, c in stops], _EXTEND.get(int(line.Extend), SpreadMethod.PAD)


def _peel(paint: Any) -> tuple[Any, Affine]:
    """The paint under a chain of transforms, with their product (y down)."""
    matrix = IDENTITY
    for _ in range(MAX_DEPTH):
        step = _transform(paint)
        if step is None:
            break
        matrix = matrix @ step
        paint = paint.Paint
    return paint, matrix


def _transform(paint: Any) -> Affine | None:
    """The y-down matrix of a transform paint (formats 12-31), None for any other paint."""
    fmt = int(paint.Format)
    if fmt in (12, 13):
        t = paint.Transform
        return _y_down(t.xx, t.yx, t.xy, t.yy, t.dx, t.dy)
    if fmt in (14, 15):
        return Affine.translate(paint.dx, -paint.dy)
    if 16 <= fmt <= 23:
        if fmt in (16, 17, 18, 19):
            sx, sy = paint.scaleX, paint.scaleY
        else:
            sx = sy = paint.scale
        m = Affine.scale(sx, sy)
        return _around(m, paint.centerX, paint.centerY) if fmt in (18, 19, 22, 23) else m
    if 24 <= fmt <= 27:
        a = math.radians(paint.angle)
        m = _y_down(math.cos(a), math.sin(a), -math.sin(a), math.cos(a), 0.0, 0.0)
        return _around(m, paint.centerX, paint.centerY) if fmt in (26, 27) else m
    if 28 <= fmt <= 31:
        m = _y_down(1.0, math.tan(math.radians(paint.ySkewAngle)), -math.tan(math.radians(paint.xSkewAngle)), 1.0,
                    0.0, 0.0)
        return _around(m, paint.centerX, paint.centerY) if fmt in (30, 31) else m
    return None


def _normalized(stops: list[GradientStop]) -> tuple[list[GradientStop], float, float]:
    """Stops mapped onto 0..1, with the colour-line span (first, last) they came from."""
    first, last = stops[0].offset, stops[-1].offset
    span = last - first
    return [GradientStop((s.offset - first) / span, s.color) for s in stops], first, last


def _linear(paint: Any, stops: list[GradientStop], extend: SpreadMethod, matrix: Affine) -> Paint:
    x0, y0, x1, y1, x2, y2 = paint.x0, -paint.y0, paint.x1, -paint.y1, paint.x2, -paint.y2
    # the gradient runs from p0 along p0->p1 projected onto the normal of p0->p2 (COLR's third point)
    nx, ny = y2 - y0, -(x2 - x0)
    nn = nx * nx + ny * ny
    if nn > 0.0:
        k = ((x1 - x0) * nx + (y1 - y0) * ny) / nn
        x1, y1 = x0 + k * nx, y0 + k * ny
    unit, first, last = _normalized(stops)
    sx, sy = x0 + (x1 - x0) * first, y0 + (y1 - y0) * first
    ex, ey = x0 + (x1 - x0) * last, y0 + (y1 - y0) * last
    return LinearGradientPaint(sx, sy, ex, ey, tuple(unit), extend, matrix)


def _radial(paint: Any, stops: list[GradientStop], extend: SpreadMethod, matrix: Affine) -> Paint:
    unit, first, last = _normalized(stops)
    x0, y0, r0 = paint.x0, -paint.y0, float(paint.r0)
    x1, y1, r1 = paint.x1, -paint.y1, float(paint.r1)

    def at(t: float) -> tuple[float, float, float]:
        return x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, r0 + (r1 - r0) * t

    sx, sy, sr = at(first)
    ex, ey, er = at(last)
    return RadialGradientPaint(ex, ey, max(er, 0.0), tuple(unit), extend, matrix, focal=(sx, sy),
                               start_radius=max(sr, 0.0) or 1e-9)


def _sweep(paint: Any, stops: list[GradientStop], extend: SpreadMethod, matrix: Affine) -> Paint:
    start, end = float(paint.startAngle), float(paint.endAngle)
    turns = [GradientStop((start + (end - start) * s.offset) / 360.0, s.color) for s in stops]
    if extend is SpreadMethod.REFLECT:  # one period forth and back, repeated
        first, last = turns[0].offset, turns[-1].offset
        turns = turns + [GradientStop(2 * last - s.offset, s.color) for s in reversed(turns[:-1])]
        del first
    if turns[0].offset > turns[-1].offset:
        turns = [GradientStop(-s.offset, s.color) for s in turns]
        mirror = Affine(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    else:
        mirror = Affine(-1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    # the conic paint turns clockwise from up; COLR's angles turn counterclockwise from +x (y up): the
    # mirror about the vertical axis and a start a quarter turn back make one the other
    place = matrix @ Affine.translate(paint.centerX, -paint.centerY) @ mirror
    return ConicGradientPaint(0.0, 0.0, -90.0, tuple(turns), extend is not SpreadMethod.PAD, place)


caches.register("paint.color_glyphs", _content, _images, _scaled)
