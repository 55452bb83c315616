"""A plain card (the Next.js docs card: text in the bundled TrueType fonts, flexbox, solid colours)
imports none of the modules it does not need: the one-shot CLI render pays for every import
(bench/README.md, "cold"). Checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NOT_FOR_A_PLAIN_CARD = (
    "fontTools",  # static TrueType faces are read by pureog.text.truetype
    "fractions",
    "dataclasses",  # pureog.records: dataclasses would import inspect (ast, dis, tokenize)
    "inspect",
    "pureog.layout.grid",
    "pureog.style.tailwind.element",
    "pureog.raster.backdrop",
    "pureog.raster.blur",
    "pureog.raster.conic",
    "pureog.raster.dropshadow",
    "pureog.raster.filter",
    "pureog.raster.gradient",
    "pureog.raster.image",
    "pureog.raster.scan_aliased",
    "pureog.images.svg",  # SVG path data loads with clip-path's shapes, on use (perf41)
    "xml",
    "pureog.paint.clip",  # clip-path shapes
    "pureog.style.clip",
    "pureog.stroke",  # strokes: dashed, dotted and thin borders, text strokes, Satori's image masks
    "pureog.arc",
    "pureog.paint.border_styles",  # Chrome's border styles, features: browser's dashes and corner shapes
    "pureog.paint.border_sides",  # a rounded box's banded sides, painted one by one
    "pureog.paint.image_mipmap",  # pictures shrunk as Chromium shrinks them (features: browser, inline)
    "pureog.paint.filter",  # CSS filter functions
    "pureog.style.filter",
    "pureog.usvg_css",
    "pureog.style.color_spaces",  # CSS Color 4's spaces: lab(), oklch(), color(), color-mix()
    "pureog.web",  # ImageResponse, for web frameworks
    "pureog.text.charstrings",  # fontTools' glyph sets (CFF, variable and rare faces)
    # raster.render's rare paths (perf50): 3D layers, Chromium's glyph masks, SVG mask regions, a clip
    # group's own shapes, pattern tiles, pictures, filters and shadows, resvg's layer trims, shaders
    "pureog.matrix3d",
    "pureog.raster.projective",
    "pureog.raster.chrome_glyph",
    "pureog.raster.aaa_edges",
    "pureog.raster.area_scan",
    "pureog.raster.text_gamma",
    "pureog.raster.mask_region",
    "pureog.raster.own_clip",
    "pureog.raster.pattern_tile",
    "pureog.raster.affine32",
    "pureog.raster.tile_window",
    "pureog.raster.picture",
    "pureog.raster.render_filters",
    "pureog.raster.clip_union",  # an SVG clipPath of several shapes (a 64 KB table built at import)
    "pureog.raster.kept_cuts",  # large cuts kept across renders (a dashed border in its rounded box)
    "pureog.raster.trim",
    "pureog.raster.shade",
    "pureog.raster.blend_modes",  # mix-blend-mode's formulas
    "pureog.text.emoji_variant",  # font-variant-emoji's faces
    "pureog.text.satori_marks",  # Thai and Lao marks
    "pureog.text.woff2",  # WOFF2 and Brotli decoding (~12 ms): only for WOFF2 fonts
    "pureog.text.brotli",
)

_SCRIPT = """
import json, sys
import pureog
png = pureog.render_png({"width": 600, "height": 315, "element": {"type": "div", "props": {
    "style": {"display": "flex", "flexDirection": "column", "alignItems": "center", "justifyContent": "center",
              "width": "100%", "height": "100%", "backgroundColor": "white", "padding": "40px"},
    "children": [
        {"type": "div", "props": {"style": {"fontSize": 60, "fontWeight": "bold"}, "children": "Welcome"}},
        {"type": "div", "props": {"style": {"fontSize": 30, "color": "#666"}, "children": "to My Site"}}]}}})
assert png[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
print(json.dumps(sorted(sys.modules)))
"""


def test_plain_card_imports_only_what_it_draws() -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    unexpected = sorted(m for m in loaded for name in NOT_FOR_A_PLAIN_CARD if m == name or m.startswith(name + "."))
    assert not unexpected, unexpected


def test_the_docs_card_one_shot_imports_only_what_it_draws(tmp_path: Path) -> None:
    """Issue 11's one-shot figure as the user meets it: ``pureog render examples/welcome.yaml -o OUT``
    (the CLI's plain form, the YAML loader, the PNG write) in a fresh interpreter."""
    script = f"""
import json, sys
from pureog.cli import main
assert main(["render", {str(ROOT / "examples" / "welcome.yaml")!r}, "-o", {str(tmp_path / "out.png")!r}]) == 0
print(json.dumps(sorted(sys.modules)))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert (tmp_path / "out.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "pureog.raster.render" in loaded  # (it did draw)
    unexpected = sorted(m for m in loaded for name in NOT_FOR_A_PLAIN_CARD if m == name or m.startswith(name + "."))
    assert not unexpected, unexpected


def test_a_font_kerned_by_its_kern_table_needs_no_fonttools() -> None:
    """NanumGothic kerns with a legacy ``kern`` table (no GPOS): read from the bytes, not through fontTools."""
    script = f"""
import json, sys
import pureog
png = pureog.render_png(pureog.load_file({str(ROOT / "bench" / "cards" / "cjk.yaml")!r}))
print(json.dumps(sorted(sys.modules)))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert not [m for m in loaded if m == "fontTools" or m.startswith("fontTools.")]
