"""The mutation differential: mutants of real documents drawn by Next.js and by pureog, sorted into classes.

Role: for mutant numbers ``a..b`` pick a seed document (:mod:`.corpus`) and vary it
(:mod:`.mutations`), write the mutant (``mNNNNN.json``: the document plus its ``seed``, ``base`` and
``mutations`` notes), draw it with Next.js from the raw tree (``conformance/oracle/render.mjs``, in
batches, cached by job hash), render it with pureog (:mod:`.worker`) and classify:

* ``A`` Next renders, pureog raises (any error): a tolerance defect, the most important class;
* ``B`` both render and the pixels differ (``conformance/score.py``'s measure and tolerance);
* ``C`` pureog escapes with a raw exception, hangs (over 20 s of CPU) or runs out of memory
  (whatever Next did);
* ``D`` Next throws and pureog renders (fine where ``spec/differences.md`` lists the class);
* ``pass`` both render alike; ``both-refuse`` both refuse.

It prints the count per class, then per class the outcomes grouped by a signature (the mutation
family and, for errors, the message with its numbers and quoted values blanked), with examples, and
writes the outcomes as JSON. ``--slice`` writes the committed slice (mutants of conformance cases that
pass, with references), which ``tests/conformance/test_mutate.py`` checks without Node.

Usage (from the repository root; needs Node.js and the oracle's ``npm ci``)::

    python -m conformance.mutate --mutants 0:2000 --out /tmp/mutate
    python -m conformance.mutate --mutants 0:2000 --out /tmp/mutate --no-oracle   # rescore only
    python -m conformance.mutate --check-slice

Dev tool: imports the oracle helpers, :mod:`conformance.score` and :mod:`pureog`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from conformance.mutate.corpus import REPO_ROOT, Seed, load_seeds
from conformance.mutate.features import mutate_features
from conformance.mutate.mutations import mutate
from conformance.mutate.worker import Result, Worker, render

MUTATE_DIR = Path(__file__).resolve().parent
SLICE_DIR = MUTATE_DIR / "slice"
BATCH = 60


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    seed: str
    mutations: tuple[str, ...]
    klass: str
    next_error: str = ""
    pureog: str = ""
    psnr: float = 0.0
    off_share: float = 0.0
    seconds: float = 0.0


def make_mutant(number: int, seeds: list[Seed], features: bool = False) -> dict[str, Any]:
    """Mutant ``number``: a seed chosen and varied by a generator seeded with the number (``features``:
    features piled on it, :mod:`.features`, from a generator of its own, so the mutants keep their numbers)."""
    rng = random.Random(f"features-{number}" if features else f"mutate-{number}")
    vary = mutate_features if features else mutate
    # Feature mutants add url() layers written relative to the conformance cases (../../assets).
    pool = [s for s in seeds if s.name.startswith("conformance/cases/")] if features else seeds
    for _attempt in range(10):
        seed = rng.choice(pool)
        tree, fonts = seed.tree(), [dict(f) for f in seed.fonts]
        done = vary(rng, tree, fonts)
        if done:
            break
    body: dict[str, Any] = {"seed": seed.name, "base": seed.base, "mutations": done,
                            "width": seed.width, "height": seed.height, "element": tree}
    if fonts:
        body["fonts"] = fonts
    if seed.emoji:
        body["emoji"] = seed.emoji
    return body


def oracle_job(body: dict[str, Any], out: Path, font_dir: Path) -> dict[str, Any]:
    """render.mjs's job for a stored mutant: the raw tree (local images inlined as data URIs, which is
    what an app reading its files does), the font entries as written."""
    from conformance.oracle.regenerate import _jsonable, default_font_sources  # noqa: PLC0415
    from pureog.document.load import parse_font  # noqa: PLC0415

    base = REPO_ROOT / body["base"]
    fonts = []
    for i, entry in enumerate(body.get("fonts") or []):
        data = parse_font(entry, f"$.fonts[{i}]", str(base), str(REPO_ROOT)).data
        path = font_dir / f"{hashlib.sha256(data).hexdigest()[:16]}.font"
        if not path.exists():
            path.write_bytes(data)
        job_font: dict[str, Any] = {"name": entry["name"], "path": str(path), "as_written": True}
        job_font.update({k: entry[k] for k in ("weight", "style", "lang") if k in entry})
        fonts.append(job_font)
    if not fonts:
        for font in default_font_sources():
            path = font_dir / "default.font"
            if not path.exists():
                path.write_bytes(font.data)
            fonts.append({"name": font.name, "path": str(path), "weight": font.weight, "style": font.style})
    return {"out": str(out), "width": body["width"], "height": body["height"], "fonts": fonts,
            "emoji": body.get("emoji") or "twemoji", "debug": False,
            "element": _jsonable(body["element"], str(base))}


def _job_hash(job: dict[str, Any]) -> str:
    """The job without its output path; a font by its file name (its content's hash), not its temporary
    directory."""
    body = {k: v for k, v in job.items() if k != "out"}
    body["fonts"] = [{**font, "path": Path(font["path"]).name} for font in job["fonts"]]
    text = json.dumps(body, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def draw_references(paths: list[Path]) -> dict[str, str]:
    """Next's PNG next to each mutant (``.ref.png``) or its error; cached in ``oracle.json`` by job hash.
    Returns ``name -> error`` ('' when Next drew it)."""
    from conformance.oracle.regenerate import run_render  # noqa: PLC0415

    if not paths:
        return {}
    cache_file = paths[0].parent / "oracle.json"
    cache: dict[str, dict[str, str]] = json.loads(cache_file.read_text()) if cache_file.is_file() else {}
    results: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="mutate-") as tmp:
        pending = []
        for path in paths:
            body = json.loads(path.read_text(encoding="utf-8"))
            ref = path.with_suffix(".ref.png")
            try:
                job = oracle_job(body, ref, Path(tmp))
            except Exception as exc:  # noqa: BLE001 - a font entry pureog cannot read: no job
                results[path.stem] = f"(no job: {type(exc).__name__}: {exc})"
                continue
            digest = _job_hash(job)
            known = cache.get(path.stem)
            if known and known["hash"] == digest and (known["error"] or ref.is_file()):
                results[path.stem] = known["error"]
                continue
            pending.append((path, job, digest))
        for start in range(0, len(pending), BATCH):
            chunk = pending[start:start + BATCH]
            report = run_render([job for _, job, _ in chunk])
            by_index = {e["index"]: e for e in report["jobs"]}
            for i, (path, _job, digest) in enumerate(chunk):
                entry = by_index.get(i, {"ok": False, "error": "no result"})
                error = "" if entry.get("ok") else str(entry.get("error") or "failed")
                results[path.stem] = error
                cache[path.stem] = {"hash": digest, "error": error}
            cache_file.write_text(json.dumps(cache, indent=0, sort_keys=True))
            print(f"  oracle: {min(start + BATCH, len(pending))}/{len(pending)}", file=sys.stderr)
    return results


def classify(path: Path, next_error: str, result: Result, *, heatmap: bool = True) -> Outcome:
    from conformance.score import score, write_heatmap  # noqa: PLC0415

    body = json.loads(path.read_text(encoding="utf-8"))
    common = {"name": path.stem, "seed": body["seed"], "mutations": tuple(body["mutations"]),
              "next_error": next_error, "pureog": result.detail, "seconds": round(result.seconds, 3)}
    if result.kind in ("exception", "timeout", "memory", "crash"):
        return Outcome(klass="C", **common)
    if next_error:
        return Outcome(klass="both-refuse" if result.kind == "error" else "D", **common)
    if result.kind == "error":
        return Outcome(klass="A", **common)
    ref = path.with_suffix(".ref.png")
    measured = score(ref, result.png)
    if measured.passed:
        return Outcome(klass="pass", psnr=measured.psnr, off_share=measured.off_share, **common)
    if heatmap:
        path.with_suffix(".out.png").write_bytes(result.png)
        if not measured.reason:
            write_heatmap(ref, result.png, path.with_suffix(".diff.png"))
    return Outcome(klass="B", psnr=measured.psnr, off_share=measured.off_share, **common)


_BLANKS = ((re.compile(r"'[^']*'|\"[^\"]*\""), "'…'"), (re.compile(r"-?\d+(\.\d+)?(e[+-]?\d+)?"), "N"),
           (re.compile(r"\$[^\s:]*"), "$PATH"))


def _family(mutation: str) -> str:
    """``spell (kebab-case key): ...`` -> ``spell kebab-case key``; ``unit: ...`` -> ``unit``."""
    head = mutation.split(":", 1)[0]
    kind = re.search(r"\((.*?)\)", head)
    return re.split(r"[ :]", head, maxsplit=1)[0] + (f" {kind[1]}" if kind else "")


def signature(outcome: Outcome) -> str:
    """What groups outcomes of one likely cause: the mutation family and kind, and the error blanked."""
    families = sorted({_family(m) for m in outcome.mutations})
    error = outcome.pureog if outcome.klass in ("A", "C") else outcome.next_error if outcome.klass == "D" else ""
    for pattern, blank in _BLANKS:
        error = pattern.sub(blank, error)
    return f"{'+'.join(families)} | {error[:140]}"


def summary(outcomes: list[Outcome], examples: int = 3) -> str:
    counts = Counter(o.klass for o in outcomes)
    lines = [f"{len(outcomes)} mutants: " + ", ".join(f"{k} {counts[k]}" for k in
                                                       ("pass", "A", "B", "C", "D", "both-refuse"))]
    for klass in ("A", "C", "B", "D"):
        group = [o for o in outcomes if o.klass == klass]
        if not group:
            continue
        lines.append(f"class {klass}:")
        by_sig: dict[str, list[Outcome]] = defaultdict(list)
        for o in group:
            by_sig[signature(o)].append(o)
        for sig, members in sorted(by_sig.items(), key=lambda kv: -len(kv[1])):
            lines.append(f"  {len(members):4d}  {sig}")
            for o in members[:examples]:
                extra = f" {o.psnr:.1f} dB {100 * o.off_share:.1f}%" if klass == "B" else ""
                lines.append(f"        {o.name}{extra} {o.seed}: {' ; '.join(o.mutations)[:200]}")
    return "\n".join(lines)


def _numbers(text: str) -> list[int]:
    if ":" in text:
        a, b = text.split(":")
        return list(range(int(a), int(b)))
    return [int(s) for s in text.split(",")]


def write_mutants(numbers: list[int], out: Path, fresh: bool = False, features: bool = False) -> list[Path]:
    """The mutants' files in ``out`` (``fNNNNN.json`` for feature mutants). A mutant already written is
    kept (unless ``fresh``): its file is the record, and a later run (after a fix, or with more seed
    cases, which shift the choices) renders the same documents."""
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{'f' if features else 'm'}{number:05d}.json" for number in numbers]
    if not fresh and all(path.is_file() for path in paths):
        return paths
    seeds = load_seeds()
    for number, path in zip(numbers, paths, strict=True):
        if path.is_file() and not fresh:
            continue
        body = make_mutant(number, seeds, features)
        path.write_text(json.dumps(body, ensure_ascii=False) + "\n", encoding="utf-8")
    return paths


def run(paths: list[Path], next_errors: dict[str, str], heatmap: bool = True) -> list[Outcome]:
    outcomes = []
    with Worker() as worker:
        for i, path in enumerate(paths):
            body = json.loads(path.read_text(encoding="utf-8"))
            result = worker.run(body)
            outcomes.append(classify(path, next_errors.get(path.stem, "no reference"), result, heatmap=heatmap))
            if (i + 1) % 100 == 0:
                print(f"  pureog: {i + 1}/{len(paths)}", file=sys.stderr)
    return outcomes


# --- the committed slice ------------------------------------------------------------------------


def slice_documents() -> list[Path]:
    return sorted([*SLICE_DIR.glob("m*.json"), *SLICE_DIR.glob("f*.json")])


def write_slice(out: Path, names: list[str]) -> None:
    """Copy mutants of a run (and Next's PNGs, re-encoded small) into the committed slice. Only mutants
    of conformance cases fit: their relative font and image paths (``../../fonts``) hold from the
    slice's directory too."""
    from conformance.paintgen.driver import compact_png  # noqa: PLC0415

    SLICE_DIR.mkdir(exist_ok=True)
    for name in names:
        body = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        if not body["seed"].startswith("conformance/cases/"):
            raise SystemExit(f"{name}: a mutant of {body['seed']}, not of a conformance case")
        (SLICE_DIR / f"{name}.json").write_text(json.dumps(body, ensure_ascii=False) + "\n", encoding="utf-8")
        ref = out / f"{name}.ref.png"
        if ref.is_file():
            (SLICE_DIR / f"{name}.ref.png").write_bytes(ref.read_bytes())
            compact_png(SLICE_DIR / f"{name}.ref.png")


def check_slice() -> list[str]:
    """The committed slice rendered in this process (no Node): each problem as a line (empty: all pass)."""
    from conformance.score import score  # noqa: PLC0415

    problems = []
    for path in slice_documents():
        body = json.loads(path.read_text(encoding="utf-8"))
        body["base"] = path.parent.relative_to(REPO_ROOT).as_posix()
        ref = path.with_suffix(".ref.png")
        result = render(body)
        if not ref.is_file():
            if result.kind not in ("ok", "error"):
                problems.append(f"{path.name}: {result.kind} {result.detail}")
            continue
        if result.kind != "ok":
            problems.append(f"{path.name}: Next draws it, pureog: {result.kind} {result.detail}")
            continue
        measured = score(ref, result.png)
        if not measured.passed:
            problems.append(f"{path.name}: {measured.psnr:.1f} dB, {100 * measured.off_share:.1f}% off")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.mutate",
                                     description="Mutants of real documents: pureog against Next.js.")
    parser.add_argument("--mutants", default="0:200", help="a:b (half-open) or a,b,c")
    parser.add_argument("--out", default="/tmp/mutate", help="working directory (mutants, references, diffs)")
    parser.add_argument("--no-oracle", action="store_true", help="use the cached references only")
    parser.add_argument("--fresh", action="store_true", help="write the mutants anew (default: keep existing files)")
    parser.add_argument("--json", help="write the outcomes here")
    parser.add_argument("--examples", type=int, default=3, help="examples per signature")
    parser.add_argument("--features", action="store_true",
                        help="pile two to four of the rarely used features on each seed instead (features.py)")
    parser.add_argument("--check-slice", action="store_true", help="score the committed slice (no Node)")
    parser.add_argument("--write-slice", metavar="NAMES",
                        help="copy these mutants of --out (m00012,m00345) with their references into the slice")
    args = parser.parse_args(argv)
    if args.check_slice:
        problems = check_slice()
        print("\n".join(problems) or f"slice: {len(slice_documents())} mutants, all as Next")
        return 1 if problems else 0
    if args.write_slice:
        write_slice(Path(args.out).resolve(), args.write_slice.split(","))
        return 0
    started = time.process_time()
    out = Path(args.out).resolve()
    paths = write_mutants(_numbers(args.mutants), out, args.fresh, args.features)
    if args.no_oracle:
        cache_file = out / "oracle.json"
        cache = json.loads(cache_file.read_text()) if cache_file.is_file() else {}
        next_errors = {p.stem: cache.get(p.stem, {"error": "no reference"})["error"] for p in paths}
    else:
        next_errors = draw_references(paths)
    outcomes = run(paths, next_errors)
    print(summary(outcomes, args.examples))
    print(f"{time.process_time() - started:.1f} s CPU in this process")
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(o) for o in outcomes], indent=1, ensure_ascii=False))
    return 0
