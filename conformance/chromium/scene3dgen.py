"""Seeded generator of random 3D scenes (``features: browser``) and the differential test of their pixels
against headless Chromium.

Role: a seed -> documents of one or two "stages" under a root with ``perspective`` (and a random
``perspectiveOrigin``): each stage is ``transformStyle: preserve-3d`` with its own rotateX/Y/Z, holding
absolutely placed planes with random 3D transforms (rotateX/Y/Z, translateZ, translate3d, scale),
opaque or translucent colours, borders and radii; some planes are preserve-3d themselves with children
of their own (a nested context), some give their children a ``perspective``, some are
``backfaceVisibility: hidden``, and planes cross, so they are cut as Chromium's compositor cuts them. A
``--flat`` share of the stages has ``transformStyle: flat`` (each child flattened into its parent's
plane). ``--run`` draws each document in Chromium (:mod:`conformance.chromium.oracle`) and pureog and
scores the pixels (conformance.score: PSNR, share of pixels off); ``--out DIR`` writes the documents,
Chromium's PNGs and pureog's for looking at them. ``--slice DIR`` writes documents with their Chromium
PNGs as a committed slice that ``tests/conformance/test_scene3d.py`` checks without a browser. Dev tool.

Usage (from the repository root)::

    python -m conformance.chromium.scene3dgen --seed 1 --count 60 --run                 # pass rate, worst
    python -m conformance.chromium.scene3dgen --seed 1 --count 60 --run --out /tmp/s3d  # and the images
    python -m conformance.chromium.scene3dgen --seed 3 --count 12 --slice conformance/chromium/corpus/scene3d
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 320, 220
MIN_PSNR = 30.0
MAX_OFF_SHARE = 0.03
"""What counts as a match: above the suite's default off share (1 %), as the edges of tens of turned
quads are each anti-aliased by Skia's and by pureog's rasterizer; a wrong order or a missed cut costs
far more (a whole face: 10-20 % of the pixels, under 20 dB)."""

_COLORS = ("#e63946", "#457b9d", "#2a9d8f", "#e9c46a", "#f4a261", "#264653", "#8338ec", "#ffbe0b",
           "#3a86ff", "#06d6a0", "#ef476f", "#118ab2")


def _rotations(rng: random.Random, count: int, span: int) -> list[str]:
    return [f"rotate{rng.choice('XYZ')}({rng.randint(-span, span)}deg)" for _ in range(count)]


def _plane_transform(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.random()
        if kind < 0.55:
            parts += _rotations(rng, 1, 90)
        elif kind < 0.8:
            parts.append(f"translateZ({rng.randint(-70, 70)}px)")
        elif kind < 0.92:
            parts.append(f"translate3d({rng.randint(-30, 30)}px, {rng.randint(-30, 30)}px, {rng.randint(-60, 60)}px)")
        else:
            parts.append(f"scale({rng.choice((0.8, 0.9, 1.1, 1.2))})")
    return " ".join(parts)


def _plane(rng: random.Random, depth: int, stage: tuple[int, int]) -> dict[str, Any]:
    w, h = rng.randint(50, stage[0]), rng.randint(40, stage[1])
    left, top = rng.randint(0, max(0, stage[0] - w)), rng.randint(0, max(0, stage[1] - h))
    style: dict[str, Any] = {
        "position": "absolute", "left": left, "top": top, "width": w, "height": h, "display": "flex",
        "transform": _plane_transform(rng),
        "backgroundColor": rng.choice(_COLORS),
    }
    translucent = rng.random() < 0.25
    if rng.random() < 0.3 and not translucent:
        style["border"] = f"{rng.randint(2, 6)}px solid {rng.choice(_COLORS)}"
    if rng.random() < 0.3:
        style["borderRadius"] = rng.randint(4, 20)
    if rng.random() < 0.15:
        style["backfaceVisibility"] = "hidden"
    children: list[dict[str, Any]] = []
    if depth < 2 and rng.random() < 0.3:
        style["transformStyle"] = "preserve-3d"
        if rng.random() < 0.3:
            style["perspective"] = f"{rng.randint(200, 700)}px"
        children = [_plane(rng, depth + 1, (w, h)) for _ in range(rng.randint(1, 2))]
    # opacity on a plane of one fill only: Next.js's opacity per element (a border over the background,
    # each translucent; nested opacities multiplied), which features: browser keeps, is not Chromium's
    # group opacity, and would be measured here instead of the 3D drawing
    if translucent and not children:
        style["opacity"] = rng.choice((0.6, 0.8))
    node: dict[str, Any] = {"style": style}
    if children:
        node["children"] = [{"div": c} for c in children]
    return node


def scene(rng: random.Random, flat_share: float = 0.15) -> dict[str, Any]:
    """One random document."""
    stages: list[dict[str, Any]] = []
    count = rng.choice((1, 1, 2))
    for _ in range(count):
        size = (rng.randint(90, 140), rng.randint(90, 140))
        style: dict[str, Any] = {
            "position": "relative", "display": "flex", "width": size[0], "height": size[1],
            "transformStyle": "flat" if rng.random() < flat_share else "preserve-3d",
            "transform": " ".join(_rotations(rng, rng.randint(1, 2), 40)),
        }
        if rng.random() < 0.5:
            style["backgroundColor"] = "rgba(0, 0, 0, 0.08)"
        stages.append({"div": {"style": style,
                               "children": [{"div": _plane(rng, 0, size)} for _ in range(rng.randint(2, 4))]}})
    root_style = {
        "display": "flex", "width": "100%", "height": "100%", "backgroundColor": "#f4f1ea",
        "alignItems": "center", "justifyContent": "space-around",
        "perspective": f"{rng.randint(300, 1000)}px",
        "perspectiveOrigin": f"{rng.randint(20, 80)}% {rng.randint(20, 80)}%",
    }
    return {"width": WIDTH, "height": HEIGHT, "features": "browser",
            "element": {"div": {"style": root_style, "children": stages}}}


def documents(seed: int, count: int, flat_share: float = 0.15) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [scene(rng, flat_share) for _ in range(count)]


def run(docs: list[dict[str, Any]], out: Path | None) -> list[tuple[int, float, float]]:
    """``(index, psnr, off_share)`` per document, pureog's PNG against Chromium's screenshot."""
    import pureog  # noqa: PLC0415
    from conformance.chromium.html import build_page  # noqa: PLC0415
    from conformance.chromium.oracle import ChromiumOracle  # noqa: PLC0415
    from conformance.score import score  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415

    results: list[tuple[int, float, float]] = []
    with ChromiumOracle() as oracle:
        for i, data in enumerate(docs):
            doc = from_mapping(data)
            reference = oracle.screenshot(build_page(doc))
            candidate = pureog.render_png(doc)
            s = score(reference, candidate)
            results.append((i, s.psnr, s.off_share))
            if out is not None:
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{i:03d}.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
                (out / f"{i:03d}.chrome.png").write_bytes(reference)
                (out / f"{i:03d}.pureog.png").write_bytes(candidate)
    return results


def write_slice(docs: list[dict[str, Any]], directory: Path) -> None:
    """The documents and Chromium's PNGs of them, for the browserless test."""
    from conformance.chromium.html import build_page  # noqa: PLC0415
    from conformance.chromium.oracle import ChromiumOracle  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415

    directory.mkdir(parents=True, exist_ok=True)
    with ChromiumOracle() as oracle:
        for i, data in enumerate(docs):
            (directory / f"{i:02d}.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
            (directory / f"{i:02d}.ref.png").write_bytes(oracle.screenshot(build_page(from_mapping(data))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--flat", type=float, default=0.15, help="share of flat stages")
    parser.add_argument("--run", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--slice", type=Path)
    parser.add_argument("--print", action="store_true")
    args = parser.parse_args(argv)
    docs = documents(args.seed, args.count, args.flat)
    if args.print:
        for data in docs:
            print(json.dumps(data))
    if args.slice is not None:
        write_slice(docs, args.slice)
    if args.run:
        results = run(docs, args.out)
        passed = [r for r in results if r[1] >= MIN_PSNR and r[2] <= MAX_OFF_SHARE]
        print(f"{len(passed)}/{len(results)} within {MIN_PSNR:g} dB and {MAX_OFF_SHARE:.0%} off")
        for i, psnr, off in sorted(results, key=lambda r: r[1])[:10]:
            print(f"  #{i:03d}: {psnr:5.1f} dB, {off:.1%} off")
    return 0


if __name__ == "__main__":
    sys.exit(main())
