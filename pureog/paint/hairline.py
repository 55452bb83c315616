"""Hairline strokes of any path as display nodes: what resvg draws for a stroke at most 1 px wide.

Role: turns :func:`pureog.stroke.hairline_aa.hairline_blits` (tiny-skia's anti-aliased hairline, pixel
blits in drawing order) into pixel-aligned fills of the stroke colour: the blends each pixel receives
folded into one (:func:`~pureog.stroke.hairline_aa.merged_blits`), one fill per coverage level; a
stroke thinner than 1 px scales the colour's alpha as tiny-skia does.
Input: a path, the integer translation it is drawn at, the colour and the stroke width. Output:
display nodes in the path's local space. Used by ``-webkit-text-stroke``.
"""

from __future__ import annotations

from pureog.color import Color
from pureog.display import FillPath, Node, SolidPaint
from pureog.geometry import Rect
from pureog.path import Path, PathBuilder, rect_path
from pureog.stroke.hairline_aa import coverage_alpha, hairline_blits, merged_blits


def hairline_path_nodes(path: Path, dx: float, dy: float, color: Color, width: float) -> list[Node]:
    """The hairline along ``path`` translated by the whole pixels ``(dx, dy)``, in local space."""
    moved = [seg if seg[0] == "Z" else (seg[0], *(float(v) + (dy if i % 2 else dx)  # type: ignore[arg-type]
                                                 for i, v in enumerate(seg[1:])))
             for seg in path.segments]  # fmt: skip
    opacity = color.a * coverage_alpha(width if width > 0 else 1.0)
    out: list[Node] = []
    for alpha, rects in sorted(merged_blits(hairline_blits(moved), opacity).items()):
        b = PathBuilder()
        for x, y, w, h in rects:
            b.extend(rect_path(Rect(x - dx, y - dy, w, h)))
        out.append(FillPath(b.build(), SolidPaint(color.with_alpha(alpha / 255))))
    return out
