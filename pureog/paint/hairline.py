"""Hairline strokes of any path as display nodes: what resvg draws for a stroke at most 1 px wide.

Role: turns :func:`pureog.stroke.hairline_aa.hairline_blits` (tiny-skia's anti-aliased hairline, pixel
blits in drawing order) into one pixel-aligned image of the stroke colour: the blends each pixel
receives folded into one (:func:`~pureog.stroke.hairline_aa.merged_blits`), drawn as a translated
image (copied pixel for pixel) over the touched pixels' bounding box, or as fills per coverage level
where that box is large and mostly empty (the same pixels); a stroke thinner than 1 px
scales the colour's alpha as tiny-skia does.
Input: a path, the integer translation it is drawn at, the colour and the stroke width. Output:
display nodes in the path's local space. Used by ``-webkit-text-stroke`` and thin borders.

:func:`tiny_pixmap` tells the hairlines of one display list the canvas they are drawn on when it is at
most 2 px wide or tall, where tiny-skia drops them (:func:`pureog.stroke.hairline.drawn_on_pixmap`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from pureog.color import Color
from pureog.display import FillPath, FilterQuality, Image, ImagePaint, Node, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.limits import charge_hairline_pixels
from pureog.path import Path, PathBuilder, rect_path

if TYPE_CHECKING:
    from pureog.stroke.contours import Pt

_MAX_IMAGE_PIXELS = 1 << 20
# An image of the hairline's bounding box is kept only where the hairline covers a good part of it: the
# frame of a 1190x620 box covers 0.5 % of its 2.9 MB image, and 1,990 of them (a YAML alias) held 3 GB.
# Below the floor (a glyph's outline) the image is always cheaper to draw than fills per coverage level.
_SPARSE_FLOOR = 1 << 16
_SPARSE_RATIO = 16

_TINY_PIXMAP: ContextVar[tuple[int, int] | None] = ContextVar("pureog_tiny_pixmap", default=None)


@contextmanager
def tiny_pixmap(width: int, height: int) -> Iterator[None]:
    """Within the block (one display list), hairlines know a canvas at most 2 px wide or tall; on any
    other canvas nothing is set (tiny-skia draws every hairline there), so cards pay nothing."""
    token = _TINY_PIXMAP.set((width, height)) if width <= 2 or height <= 2 else None
    try:
        yield
    finally:
        if token is not None:
            _TINY_PIXMAP.reset(token)


def dropped_on_pixmap(points: Sequence[Pt], cap: str = "butt") -> bool:
    """Whether the canvas of the display list being built drops a hairline through ``points``
    (canvas px): only on a canvas at most 2 px wide or tall (:func:`tiny_pixmap`)."""
    size = _TINY_PIXMAP.get()
    if size is None:
        return False
    from pureog.stroke.hairline import drawn_on_pixmap  # noqa: PLC0415  (strokes load on use: see tiny_pixmap)

    return not drawn_on_pixmap(points, size[0], size[1], cap)


def _run_fills(runs: list[tuple[int, tuple[int, int, int, int]]], dx: float, dy: float, color: Color) -> list[Node]:
    by_alpha: dict[int, PathBuilder] = {}
    for alpha, (x, y, w, h) in runs:
        by_alpha.setdefault(alpha, PathBuilder()).extend(rect_path(Rect(x - dx, y - dy, w, h)))
    return [FillPath(b.build(), SolidPaint(color.with_alpha(alpha / 255))) for alpha, b in sorted(by_alpha.items())]


def _points(segments: list[tuple[object, ...]]) -> list[Pt]:
    """Every point of the segments, control points included (tiny-skia's path bounds)."""
    out: list[Pt] = []
    for seg in segments:
        values = [float(v) for v in seg[1:]]  # type: ignore[arg-type]
        out.extend(zip(values[::2], values[1::2], strict=False))
    return out


def hairline_path_nodes(path: Path, dx: float, dy: float, color: Color, width: float) -> list[Node]:
    """The hairline along ``path`` translated by the whole pixels ``(dx, dy)``, in local space."""
    moved = [seg if seg[0] == "Z" else (seg[0], *(float(v) + (dy if i % 2 else dx)  # type: ignore[arg-type]
                                                 for i, v in enumerate(seg[1:])))
             for seg in path.segments]  # fmt: skip
    if _TINY_PIXMAP.get() is not None and dropped_on_pixmap(_points(moved)):
        return []
    from pureog.stroke.hairline_aa import coverage_alpha, hairline_blits, merged_blits  # noqa: PLC0415

    opacity = color.a * coverage_alpha(width if width > 0 else 1.0)
    blits = hairline_blits(moved)
    charge_hairline_pixels(sum(b[2] * b[3] for b in blits))  # walked one by one below (spec/limits.md)
    merged = merged_blits(blits, opacity)
    if not merged:
        return []
    runs = [(alpha, r) for alpha, rects in merged.items() for r in rects]
    x0 = min(r[0] for _, r in runs)
    y0 = min(r[1] for _, r in runs)
    w = max(r[0] + r[2] for _, r in runs) - x0
    h = max(r[1] + r[3] for _, r in runs) - y0
    box = w * h
    if box > _MAX_IMAGE_PIXELS or (box > _SPARSE_FLOOR and box > _SPARSE_RATIO * sum(r[2] for _, r in runs)):
        # a long diagonal or a large frame: fills per coverage level, sized by the runs (the same pixels)
        return _run_fills(runs, dx, dy, color)
    data = bytearray(4 * w * h)
    for alpha, (x, y, rw, rh) in runs:
        pixel = bytes(((color.r * alpha + 127) // 255, (color.g * alpha + 127) // 255,
                       (color.b * alpha + 127) // 255, alpha))  # fmt: skip
        for yy in range(y - y0, y - y0 + rh):
            start = 4 * (yy * w + x - x0)
            data[start : start + 4 * rw] = pixel * rw
    paint = ImagePaint(Image(w, h, bytes(data)), Affine.translate(x0 - dx, y0 - dy), quality=FilterQuality.NEAREST)
    return [FillPath(rect_path(Rect(x0 - dx, y0 - dy, w, h)), paint)]
