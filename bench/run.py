"""Benchmark (not a test): pureog against the real Next.js ImageResponse on five cards, side by side.

Role: card documents -> a table of cold / warm render times, peak memory and PNG sizes for pureog and
for the Node.js reference (conformance/oracle/render.mjs), with the ratio pureog / reference.

Cards: the two Next.js docs cards (examples/welcome.yaml, examples/my-site.yaml) and three of the
conformance cards: cards/blog (135deg gradient, 3-line 64 px bold title, round avatar, pill tag),
cards/korean (Korean title, keep-all) and cards/effects (50 px shadow blur, rotated badge, dashed
border, opacity).

pureog: each card runs in a FRESH Python subprocess (bench/cold_child.py), so ``import pureog`` and
every lazy import count in the cold time: cold = import + building the Document from the already
parsed mapping + first render (the reference also gets its document parsed, as a JSON job), warm =
median of the next N - 1 renders, peak memory = the process's peak RSS (``resource.getrusage``) after
all renders, PNG size of the output. pureog runs as an installed package does: from bytecode
(``.pyc``) compiled once before the runs into a temporary ``PYTHONPYCACHEPREFIX`` (pip compiles on
install; this sandbox sets ``PYTHONDONTWRITEBYTECODE``, which would otherwise make every cold run
compile ~17k lines of source, ~130 ms); ``--no-bytecode-cache`` measures that case instead.
Reference: each card in its own ``node render.mjs --time N`` process: cold = the first render in that
process, which includes loading the @vercel/og bundle and initializing the Yoga and resvg WASM (not
Node's own start-up, as pureog's excludes the interpreter's), warm = median of the remaining N - 1.
A card pureog cannot render prints its error instead of times.

Run from the repository root:
``python bench/run.py [-n 10] [--no-reference] [--no-bytecode-cache] [--json out.json]``.
Imports pureog only in the child processes; the oracle driver for the reference.
"""

from __future__ import annotations

import argparse
import json
import marshal
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

CARDS = (
    ("docs: welcome", "examples/welcome.yaml"),
    ("docs: my-site", "examples/my-site.yaml"),
    ("blog", "conformance/cases/cards/blog.yaml"),
    ("korean title", "conformance/cases/cards/korean.yaml"),
    ("effects", "conformance/cases/cards/effects.yaml"),
)


def child_env(tmp: str, bytecode_cache: bool) -> dict[str, str]:
    """The environment of the pureog child processes; with ``bytecode_cache``, bytecode is written
    under ``tmp`` (``PYTHONPYCACHEPREFIX``, so the repository stays clean). A prefix applies to every
    module, the standard library's too, so :func:`warm_up` must run each card once before timing."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    if not bytecode_cache:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
        return env
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
    return env


def warm_up(env: dict[str, str], tmp: str) -> None:
    """Render every card once, untimed, so that every module they import has its ``.pyc``
    (what ``pip install`` and the first import after it leave behind)."""
    for _, doc in CARDS:
        run_pureog(doc, 1, env, tmp)


def run_pureog(document: str, runs: int, env: dict[str, str], tmp: str) -> dict[str, Any]:
    import yaml

    from conformance.casefile import CASES_DIR

    path = (REPO / document).resolve()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    job_file = Path(tmp) / "job.marshal"
    job_file.write_bytes(marshal.dumps({
        "document": {k: v for k, v in data.items() if k != "case"},
        "base_dir": str(path.parent),
        "image_root": str(CASES_DIR.parent) if CASES_DIR in path.parents else None,
    }))
    done = subprocess.run([sys.executable, str(REPO / "bench" / "cold_child.py"), str(job_file), str(runs)],
                          capture_output=True, text=True, cwd=REPO, env=env)
    try:
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result
    except (IndexError, json.JSONDecodeError):
        return {"error": (done.stderr.strip().splitlines() or ["child process failed"])[-1][:160]}


def run_reference(runs: int) -> list[dict[str, Any]]:
    from conformance.casefile import load_document
    from conformance.oracle.regenerate import build_job, run_render

    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="pureog-bench-") as tmp:
        for i, (_, doc) in enumerate(CARDS):
            # One Node process per card, like pureog's fresh subprocess: the cold time then includes
            # loading the @vercel/og bundle and initializing the Yoga and resvg WASM for every card.
            job = build_job(load_document(REPO / doc), Path(tmp) / f"{i}.png", Path(tmp))
            report = run_render([job], time_runs=runs)
            results.append(report["jobs"][0] if report.get("jobs") else {"ok": False, "error": "no result"})
    return results


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or not b else f"{a / b:.1f}x"


def table(pure: list[dict[str, Any]], ref: list[dict[str, Any]] | None) -> str:
    head = ("card", "pureog cold ms", "warm ms", "peak MB", "PNG KB", "ref cold ms", "ref warm ms", "ref PNG KB",
            "warm ratio", "cold ratio")
    rows = [head]
    notes = []
    for i, (name, _) in enumerate(CARDS):
        p = pure[i]
        r = (ref or [{}] * len(CARDS))[i]
        r_ok = bool(r.get("ok"))
        ref_cells = (_ms(r.get("cold_ms")), _ms(r.get("warm_median_ms")), f"{r['bytes'] / 1024:.1f}") if r_ok \
            else ("-", "-", "-")
        if ref is not None and not r_ok:
            notes.append(f"  {name}: reference failed: {r.get('error', '?')}")
        if "error" in p:
            rows.append((name, "error", "-", "-", "-", *ref_cells, "-", "-"))
            notes.append(f"  {name}: pureog: {p['error']}")
            continue
        rows.append((name, _ms(p["cold_ms"]), _ms(p["warm_ms"]), f"{p['peak_mb']:.0f}", f"{p['png_bytes'] / 1024:.1f}",
                     *ref_cells, _ratio(p["warm_ms"], r.get("warm_median_ms") if r_ok else None),
                     _ratio(p["cold_ms"], r.get("cold_ms") if r_ok else None)))
    widths = [max(len(row[c]) for row in rows) for c in range(len(head))]
    lines = ["  ".join(cell.ljust(widths[c]) if c == 0 else cell.rjust(widths[c]) for c, cell in enumerate(row))
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines + (["", "errors:"] + notes if notes else []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=10, help="renders per card (default 10)")
    parser.add_argument("--no-reference", action="store_true", help="skip the Node.js reference")
    parser.add_argument("--json", help="also write the raw numbers as JSON here")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="run pureog from source (no .pyc), as with PYTHONDONTWRITEBYTECODE")
    args = parser.parse_args(argv)
    pure = []
    with tempfile.TemporaryDirectory(prefix="pureog-bench-") as tmp:
        env = child_env(tmp, not args.no_bytecode_cache)
        if not args.no_bytecode_cache:
            print("pureog: compiling bytecode (one untimed render per card) ...", file=sys.stderr, flush=True)
            warm_up(env, tmp)
        for name, doc in CARDS:
            print(f"pureog: {name} ...", file=sys.stderr, flush=True)
            pure.append(run_pureog(doc, args.runs, env, tmp))
    ref = None
    if not args.no_reference:
        print("reference: Next.js ImageResponse ...", file=sys.stderr, flush=True)
        try:
            ref = run_reference(args.runs)
        except Exception as exc:  # noqa: BLE001 - e.g. Node not installed: still print pureog's numbers
            print(f"reference unavailable: {exc}", file=sys.stderr)
    source = "from source, no .pyc" if args.no_bytecode_cache else "from .pyc"
    print(f"{args.runs} renders per card; pureog cold = fresh process ({source}): import + first render; "
          f"ratio = pureog / reference")
    print(table(pure, ref))
    if args.json:
        Path(args.json).write_text(json.dumps({"cards": [c for c, _ in CARDS], "pureog": pure, "reference": ref},
                                              indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
