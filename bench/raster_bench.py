"""Benchmark (not a test): rasterize a 1200x630 card: background + rounded rect + ~200 glyph paths.

Run: python bench/raster_bench.py [N]. Prints cold (first, empty caches) and warm (median) render times
and PNG encode time. fontTools is used here only to get realistic glyph outlines.
"""

from __future__ import annotations

import statistics
import sys
import time

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont

import pureog
from pureog.color import Color
from pureog.display import DisplayList, FillPath, Group, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.path import Path, PathBuilder, rect_path, rounded_rect_path
from pureog.raster import render as render_mod
from pureog.raster.png import encode_png


class _PathPen(BasePen):
    def __init__(self, glyph_set: object, scale: float) -> None:
        super().__init__(glyph_set)
        self.b = PathBuilder()
        self.s = scale

    def _moveTo(self, p: tuple[float, float]) -> None:  # noqa: N802 (fontTools API)
        self.b.move_to(p[0] * self.s, -p[1] * self.s)

    def _lineTo(self, p: tuple[float, float]) -> None:  # noqa: N802
        self.b.line_to(p[0] * self.s, -p[1] * self.s)

    def _qCurveToOne(self, p1: tuple[float, float], p2: tuple[float, float]) -> None:  # noqa: N802
        self.b.quad_to(p1[0] * self.s, -p1[1] * self.s, p2[0] * self.s, -p2[1] * self.s)

    def _curveToOne(self, p1, p2, p3) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        s = self.s
        self.b.cubic_to(p1[0] * s, -p1[1] * s, p2[0] * s, -p2[1] * s, p3[0] * s, -p3[1] * s)

    def _closePath(self) -> None:  # noqa: N802
        self.b.close()


def build_card() -> DisplayList:
    font = TTFont("pureog/fonts/Geist-Regular.ttf")
    gs = font.getGlyphSet()
    cmap = font.getBestCmap()
    upem = font["head"].unitsPerEm
    glyphs: dict[tuple[str, float], tuple[Path, float]] = {}
    nodes: list[FillPath | Group] = [
        FillPath(rect_path(Rect(0, 0, 1200, 630)), SolidPaint(Color(250, 250, 250))),
        FillPath(
            rounded_rect_path(Rect(60.5, 60.5, 1079, 509), ((24, 24),) * 4),
            SolidPaint(Color(30, 41, 59)),
        ),
    ]
    lines = [
        (64.0, "Pure Python Open Graph images"),
        (40.0, "rendered without a browser, Satori or resvg"),
        (28.0, "fonttools + pypng + pyyaml, nothing else at run time."),
        (28.0, "Anti-aliased glyphs, cached per sub-pixel phase."),
    ]
    y = 170.0
    count = 0
    for size, text in lines:
        x = 100.3
        for ch in text:
            name = cmap.get(ord(ch))
            if name is None:
                continue
            key = (name, size)
            if key not in glyphs:
                pen = _PathPen(gs, size / upem)
                gs[name].draw(pen)
                glyphs[key] = (pen.b.build(), gs[name].width * size / upem)
            path, adv = glyphs[key]
            if path.segments:
                nodes.append(
                    Group((FillPath(path, SolidPaint(Color(248, 250, 252))),), transform=Affine.translate(x, y))
                )
                count += 1
            x += adv
        y += size * 1.6
    print(f"{count} glyph nodes, {len(glyphs)} distinct glyph paths")
    return DisplayList(1200, 630, Group(tuple(nodes)))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    dl = build_card()
    pureog.clear_caches()  # every cache kept between renders (pureog.caches): a cold raster
    t = time.perf_counter()
    pm = render_mod.render(dl)
    cold = time.perf_counter() - t
    warm = []
    for _ in range(n):
        t = time.perf_counter()
        pm = render_mod.render(dl)
        warm.append(time.perf_counter() - t)
    t = time.perf_counter()
    data = encode_png(pm)
    enc = time.perf_counter() - t
    print(f"render cold {cold * 1000:.1f} ms, warm median {statistics.median(warm) * 1000:.1f} ms")
    print(f"encode_png {enc * 1000:.1f} ms, {len(data)} bytes")
    if len(sys.argv) > 2:
        with open(sys.argv[2], "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
