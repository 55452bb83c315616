"""Benchmark (not a test): a one-shot ``pureog render`` against ``node`` rendering the same card one-shot.

Role: issue 11's last criterion, "one-shot ``pureog render`` of the docs card <= 0.5x ``node`` rendering
it one-shot", measured as a user meets it: a fresh process that starts, reads the card, renders it,
writes the PNG and exits. Both commands run alternately ``-n`` times (default 9); the table gives the
medians of wall time and of CPU time (user + system of the child process: Node spreads its start-up
over threads, so its CPU exceeds its wall) and the ratios pureog / node of both, plus each
interpreter's empty start (``python -c pass``, ``node -e 0``) for scale, and whether the two PNGs
agree (share of pixels off by more than 8/255, ``conformance.score``).

- pureog: ``PYTHON -m pureog render CARD -o OUT``, with bytecode for every module written once to a
  temporary ``PYTHONPYCACHEPREFIX`` by an untimed first run (what ``pip install`` and an installed
  Python leave behind). By default ``PYTHON`` is this interpreter with the repository on
  ``PYTHONPATH``; ``--python PATH`` takes another interpreter as it is installed, e.g. a clean virtual
  environment (``python -m venv v && v/bin/pip install .``), where a sandbox's site-wide ``.pth``
  files do not run (this one's add ~25 ms to an empty start, less to pureog's, whose imports they
  share).
- node: ``node conformance/oracle/render.mjs JOB`` on the oracle's job of the same card
  (``build_job``: the very tree pureog draws, the same font file), i.e. Next.js ``ImageResponse`` as a
  one-shot script: loading the bundle, the Yoga and resvg WASM, the render and the PNG write.

Run from the repository root: ``python bench/oneshot.py [-n 9] [--card examples/welcome.yaml]
[--python PATH] [--json out.json]``. Needs the oracle installed (``npm ci --omit=optional`` in
conformance/oracle). The machine should be quiet: the ratio of two start-ups is sensitive to load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_CARD = "examples/welcome.yaml"


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``command`` in ``cwd``, which must succeed.
    ``cwd`` is the temporary directory, not the repository: ``python -m`` puts the working directory
    first on ``sys.path``, so from the repository ``--python``'s interpreter would import the
    repository's pureog ahead of the one installed in it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def commands(card: Path, python: str | None, tmp: Path) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The four commands timed (pureog, node and their empty start-ups) and pureog's environment."""
    from conformance.casefile import load_document
    from conformance.oracle.regenerate import build_job, ensure_installed

    ensure_installed()
    job = build_job(load_document(card), tmp / "node.png", tmp)
    job_file = tmp / "job.json"
    job_file.write_text(json.dumps({"jobs": [job]}, ensure_ascii=False), encoding="utf-8")
    # Bytecode for every module, the standard library's too, written once by the untimed first run
    # (a sandbox that never writes bytecode would otherwise compile the standard library each time)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if python is None:
        python = sys.executable
        env["PYTHONPATH"] = str(REPO)
    return {
        "pureog": [python, "-m", "pureog", "render", str(card), "-o", str(tmp / "pureog.png")],
        "node": ["node", str(REPO / "conformance" / "oracle" / "render.mjs"), str(job_file)],
        "python -c pass": [python, "-c", "pass"],
        "node -e 0": ["node", "-e", "0"],
    }, env


def measure(runs: int, card: Path, python: str | None) -> dict[str, dict[str, float]]:
    """Medians (ms) of wall and CPU time of each command over ``runs`` alternating runs, after one
    untimed run of each (bytecode written, files in the page cache)."""
    with tempfile.TemporaryDirectory(prefix="pureog-oneshot-") as name:
        tmp = Path(name)
        cmds, env = commands(card, python, tmp)
        for command in cmds.values():
            timed(command, env, tmp)
        samples: dict[str, list[tuple[float, float]]] = {label: [] for label in cmds}
        for _ in range(runs):
            for label, command in cmds.items():
                samples[label].append(timed(command, env, tmp))
        from conformance.score import score

        share = score(str(tmp / "node.png"), str(tmp / "pureog.png")).off_share
    result = {label: {"wall_ms": 1000 * statistics.median(w for w, _ in values),
                      "cpu_ms": 1000 * statistics.median(c for _, c in values)}
              for label, values in samples.items()}
    result["pureog"]["px_off_next"] = share
    return result


def table(result: dict[str, dict[str, float]]) -> str:
    rows = ["| command | wall (median) | CPU (median) |", "|---|---:|---:|"]
    rows += [f"| {label} | {row['wall_ms']:.0f} ms | {row['cpu_ms']:.0f} ms |" for label, row in result.items()]
    pure, node = result["pureog"], result["node"]
    wall, cpu = pure["wall_ms"] / node["wall_ms"], pure["cpu_ms"] / node["cpu_ms"]
    rows.append(f"| pureog / node | {wall:.2f}x | {cpu:.2f}x |")
    return "\n".join(rows) + f"\n\npx != Next: {100 * pure['px_off_next']:.2f} %"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("-n", "--runs", type=int, default=9, help="alternating runs of each command (default 9)")
    parser.add_argument("--card", default=DEFAULT_CARD, help=f"the card document (default {DEFAULT_CARD})")
    parser.add_argument("--python",
                        help="an interpreter with pureog installed (default: this one, with the repository)")
    parser.add_argument("--json", help="also write the medians to this file")
    args = parser.parse_args(argv)
    result = measure(args.runs, (REPO / args.card).resolve(), args.python)
    print(table(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
