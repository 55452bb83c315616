"""resvg (the rasterizer of Next.js's ImageResponse) draws pureog's SVG export as pureog draws the PNG.

A slice of the conformance suite, one or more cases per feature, goes through
``tools/svg_export_check.py`` (pureog's PNG and SVG of one display list; resvg-wasm from the oracle's
``node_modules`` rasterizes the SVG; the suite's scorer at each case's tolerance), plus display lists
built here for what the writer must get right beyond the suite: masks over overlapping fills and
shadows inside clips. The full suite: ``python3 tools/svg_export_check.py``. Needs Node and
``conformance/oracle/node_modules`` (``npm ci --omit=optional``); skipped without them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conformance.casefile import CASES_DIR
from conformance.score import score
from pureog.color import Color
from pureog.display import (
    Blur,
    Clip,
    DisplayList,
    DropShadow,
    FillPath,
    GradientStop,
    Group,
    LinearGradientPaint,
    Node,
    ShadowFilter,
    SolidPaint,
)
from pureog.geometry import Affine, Rect
from pureog.path import ellipse_path, rect_path
from pureog.raster.png import encode_png
from pureog.raster.render import render
from pureog.svg_export import to_svg

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    """``tools/svg_export_check.py`` (not a package: loaded by path)."""
    spec = importlib.util.spec_from_file_location("svg_export_check", ROOT / "tools" / "svg_export_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("svg_export_check", module)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
pytestmark = pytest.mark.skipif(not TOOL.resvg_available(),
                                reason="needs node and conformance/oracle/node_modules (npm ci --omit=optional)")

SLICE = [
    # text: alignment, decoration, clamping, spacing, shadows (drop shadows escaping clips)
    "text/align-justify", "text/decoration-underline", "text/line-clamp", "text/letter-spacing-negative",
    "text/shadow-multiple", "text/shadow-blur", "satori-style/shadow-text-multiple",
    "clip/text-shadow-beyond-overflow",
    # gradients and pattern tiles
    "backgrounds/linear-45deg", "backgrounds/radial-at", "backgrounds/repeating-linear",
    "backgrounds/url-tiles-transformed", "backgrounds/clip-text", "backgrounds/tiles-near-identity-scale",
    # images: <image> with data: URIs, transforms, masks
    "images/object-fit-cover", "images/png-alpha", "images/radius", "images/rotated-smooth",
    "images/transformed-edges-aliased", "images/svg-mask-overlap",
    # clips and masks
    "clip/clip-polygon", "clip/overflow-nested", "clip/mask-image-clip-path-layers", "clip/mask-radial",
    "transforms/mask-border", "transforms/skew-x",
    # filters
    "filters/blur-text", "filters/drop-shadow-text", "filters/hue-rotate", "filters/combined",
    "filters/invert-partial",
    # box shadows: blurs, cut-outs, inset, masks, clips turned with the element
    "box-shadow/multiple", "box-shadow/inset-clip-mask", "box-shadow/moved-child-in-overflow",
    "box-shadow/ancestor-mask",
    # borders, opacity, emoji (Fluent's shade with SVG filter graphs), inline SVG, a real card
    "borders/dashed-radius", "borders/per-side-color", "opacity/nested", "emoji/single", "emoji/sequence",
    "emoji/fluent-skin-tone",
    "svg/icon-row", "svg/polyline-dash", "cards-real/blog-post-rich-shadow",
]


def test_conformance_slice_through_resvg(tmp_path: Path) -> None:
    rendered = [TOOL.render_case(str(CASES_DIR / f"{case}.yaml")) for case in SLICE]
    assert [r.error for r in rendered if r.error] == []
    results = TOOL.check(rendered, tmp_path, jobs=2)
    failing = [(r.id, r.psnr, r.off_share, r.error) for r in results if not r.passed]
    assert failing == []
    assert len(results) == len(SLICE)


def _resvg_psnr(tmp_path: Path, nodes: tuple[Node, ...], width: int = 120, height: int = 90) -> float:
    dl = DisplayList(width, height, Group(nodes))
    svg_file = tmp_path / "case.svg"
    svg_file.write_text(to_svg(dl))
    out = tmp_path / "case.png"
    assert TOOL.rasterise([(svg_file, out, width)]) == [""]
    result = score(encode_png(render(dl)), out)
    assert result.reason == ""
    return float(result.psnr)


WHITE = SolidPaint(Color(255, 255, 255))
RED = SolidPaint(Color(220, 30, 40))
TEAL = SolidPaint(Color(0, 128, 128, 0.8))
FADE = (GradientStop(0.0, Color(255, 255, 255)), GradientStop(1.0, Color(0, 0, 0)))


def test_mask_over_overlapping_fills(tmp_path: Path) -> None:
    """A non-isolated mask hides each fill by itself (the upper one lets the lower one show through where
    the mask is partial); one SVG mask on the layer would not."""
    mask = (FillPath(rect_path(Rect(0, 0, 120, 90)), LinearGradientPaint(0, 0, 120, 0, FADE)),)
    fills = (FillPath(rect_path(Rect(10, 10, 70, 60)), RED), FillPath(ellipse_path(60, 45, 40, 30), TEAL),
             Group((FillPath(rect_path(Rect(0, 0, 30, 30)), RED), FillPath(rect_path(Rect(10, 10, 30, 30)), TEAL)),
                   transform=Affine.rotate(0.3) @ Affine.translate(60, 20)))
    assert _resvg_psnr(tmp_path, (FillPath(rect_path(Rect(0, 0, 120, 90)), WHITE), Group(fills, mask=mask))) >= 40


def test_shadows_inside_clips(tmp_path: Path) -> None:
    """Drop shadows and cut-out blurs take the clips in effect on their source, not on their result."""
    clip = Clip(ellipse_path(50, 45, 45, 35))
    # both stick out of the clip: their sources are cut at its edge, their shadows show beyond it
    text = Group((FillPath(rect_path(Rect(62, 36, 48, 12)), SolidPaint(Color(0, 0, 0))),),
                 shadow=ShadowFilter((DropShadow(6, 6, 2, Color(255, 0, 0)), DropShadow(-4, 0, 1, Color(0, 0, 255))),
                                     Rect(0, 0, 120, 90)))
    box = rect_path(Rect(35, 66, 30, 20))
    shadow = Group((FillPath(box, SolidPaint(Color(0, 0, 0, 0.6))),), transform=Affine.translate(5, 5),
                   blur=Blur(4, 4, Rect(-20, -20, 160, 130), cutout=rect_path(Rect(30, 61, 30, 20))))
    scene = Group((FillPath(rect_path(Rect(0, 0, 120, 90)), SolidPaint(Color(230, 230, 250))), text, shadow,
                   FillPath(box, RED)), clip=clip, opacity=0.9)
    assert _resvg_psnr(tmp_path, (FillPath(rect_path(Rect(0, 0, 120, 90)), WHITE), scene)) >= 40
