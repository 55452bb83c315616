"""The SVG differential driver: random SVG documents -> oracle and pureog PNGs -> scores by feature.

Role: for seeds ``a..b`` write the documents of :mod:`conformance.svggen.generate` (JSON, with their
feature tags) into a working directory, draw their references with the real Next.js ``ImageResponse``
(cached under the job's hash) and score pureog against them with the paint generator's driver
(:mod:`conformance.paintgen.driver`: the same oracle batches, process pool, scores and per-feature
summary). ``--svg`` writes each document's SVG next to it for reading. ``--slice`` writes a fixed set
of seeds with their references into ``conformance/svggen/slice``, which
``tests/conformance/test_svggen.py`` scores without Node (known failures: ``expectations.yaml``). Dev tool.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from conformance.paintgen import driver as paint
from conformance.paintgen.driver import draw_references, evaluate, summary
from conformance.svggen.generate import document

SVGGEN_DIR = Path(__file__).resolve().parent
SLICE_DIR = SVGGEN_DIR / "slice"
EXPECTATIONS = SVGGEN_DIR / "expectations.yaml"
SLICE_SEEDS = ("0:120,5520,5521,5522,5523,5525,5527,5533,5534,5536,5537,5539,5542,5544,5563,5922,5926,5941,5961,"
               "5970,6022")
"""The slice: the first 120 seeds, and twenty of issue 9's leftovers (switch, paint-order, nested and used
svgs, symbols, feImage, selectors, turbulence; generate.MORE_FROM, MORE2_FROM)."""


def _seeds(text: str) -> list[int]:
    """``a:b`` (half-open range), ``a,b,c``, or a comma list mixing both."""
    out: list[int] = []
    for part in text.split(","):
        if ":" in part:
            a, b = part.split(":")
            out.extend(range(int(a), int(b)))
        elif part.strip():
            out.append(int(part))
    return out


def write_documents(seeds: list[int], out: Path, with_svg: bool) -> tuple[list[Path], dict[Path, tuple[str, ...]]]:
    out.mkdir(parents=True, exist_ok=True)
    paths, features = [], {}
    for seed in seeds:
        gen = document(seed)
        path = out / f"p{seed:05d}.json"
        path.write_text(json.dumps({"features": list(gen.features), **gen.document}) + "\n", encoding="utf-8")
        if with_svg:
            path.with_suffix(".svg").write_text(gen.svg, encoding="utf-8")
        paths.append(path)
        features[path] = gen.features
    return paths, features


def slice_documents() -> list[Path]:
    return paint.slice_documents(SLICE_DIR)


def run_slice(jobs: int = 2) -> dict[str, tuple[str, float, float, str]]:
    """Every committed slice document rendered and scored (the paint generator's runner, this slice)."""
    return paint.run_slice(jobs, SLICE_DIR)


def load_expectations(path: Path = EXPECTATIONS) -> dict[str, str]:
    """``document name -> why it fails`` for the slice's known failures."""
    return paint.load_expectations(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Random SVG documents: pureog vs the Next.js oracle.")
    parser.add_argument("--seeds", default="0:150", help="a:b (half-open range), a,b,c, or a mix (0:10,5520)")
    parser.add_argument("--out", default="/tmp/svggen", help="working directory (documents, refs, diffs)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="pureog worker processes")
    parser.add_argument("--worst", type=int, default=25)
    parser.add_argument("--no-oracle", action="store_true", help="score against existing references only")
    parser.add_argument("--svg", action="store_true", help="also write each document's SVG")
    parser.add_argument("--json", help="write the outcomes here")
    parser.add_argument("--slice", action="store_true",
                        help=f"write seeds {SLICE_SEEDS} (or --seeds) into conformance/svggen/slice with references")
    parser.add_argument("--check-slice", action="store_true", help="score the committed slice (no Node)")
    args = parser.parse_args(argv)
    if args.check_slice:
        results = run_slice(max(args.jobs, 1))
        check = paint.check_slice(results, load_expectations())
        print(check.summary(len(results)))
        return 1 if check.unexpected else 0
    started = time.perf_counter()
    out = SLICE_DIR if args.slice else Path(args.out)
    seeds = _seeds(SLICE_SEEDS if args.slice and args.seeds == parser.get_default("seeds") else args.seeds)
    paths, features = write_documents(seeds, out, args.svg and not args.slice)
    oracle_errors = {} if args.no_oracle else draw_references(paths, compact=args.slice)
    outcomes = evaluate(paths, features, oracle_errors, args.jobs, heatmap=not args.slice)
    print(summary(outcomes, args.worst))
    print(f"{time.perf_counter() - started:.1f} s")
    if args.json:
        Path(args.json).write_text(json.dumps([dataclasses.asdict(o) for o in outcomes], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
