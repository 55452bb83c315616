"""Benchmark (not a test): pureog against the real Next.js ImageResponse and against Takumi, ten cards.

Role: card documents -> two tables: cold / warm render times, peak memory and PNG sizes of pureog, of
the Node.js reference (Next.js, conformance/oracle/render.mjs) and of Takumi (@takumi-rs/core, the
Rust/napi OG renderer, bench/takumi_render.mjs); then the ratios pureog / Next and pureog / Takumi
with their geometric means, and how many pixels of pureog's and Takumi's PNGs differ visibly from Next's.

Cards: the two Next.js docs cards (examples/welcome.yaml, examples/my-site.yaml), three conformance
cards: cards/blog (135deg gradient, 3-line 64 px bold title, round avatar, pill tag), cards/korean
(Korean title, keep-all) and cards/effects (50 px shadow blur, rotated badge, dashed border, opacity),
and five bench cards (bench/cards/): a photo background with ``objectFit: cover`` under a gradient scrim,
a 30-box stat grid (flex wrap), a long wrapped Korean paragraph, an emoji-heavy title (Twemoji) and a
card of many text shadows. Apart from those ten (and their means), issue 9's card (:data:`BROWSER_CARD`):
pureog's full ``features: browser`` drawing against Next's and Takumi's of its twin without what Next
cannot draw; and issue 8's card (:data:`SCRIPTS_CARD`): the blog card in Arabic and Devanagari, timed
against the Latin blog card of the same run.

pureog: each card runs in a FRESH Python subprocess (bench/cold_child.py), so ``import pureog`` and
every lazy import count in the cold time: cold = import + building the Document from the already
parsed mapping + first render (the Node renderers also get their document parsed, as a JSON job),
warm = median of the next N - 1 renders, peak memory = the process's peak RSS (``resource.getrusage``)
after all renders, PNG size of the output. pureog runs as an installed package does: from bytecode
(``.pyc``) compiled once before the runs into a temporary ``PYTHONPYCACHEPREFIX`` (pip compiles on
install; this sandbox sets ``PYTHONDONTWRITEBYTECODE``, which would otherwise make every cold run
compile ~17k lines of source, ~130 ms); ``--no-bytecode-cache`` measures that case instead.
Next and Takumi get the very tree pureog draws (``pureog.document.react.to_react`` through the
oracle's ``build_job``: the same font files, images inlined as data URIs, the same Twemoji SVGs
served offline). Each card runs in its own ``node`` process (``--time N``): cold = the first render in
that process, which includes loading the @vercel/og bundle and initializing the Yoga and resvg WASM
(Next), or loading the native binding, creating the Renderer and registering the fonts (Takumi), but
not Node's own start-up, as pureog's excludes the interpreter's; warm = median of the remaining N - 1.
A card a renderer cannot render prints its error in that renderer's cell.

Fidelity: "px != Next" is the share of pixels whose largest channel differs by more than 8/255 from
Next's PNG (``conformance.score``, premultiplied RGBA): pureog aims at 0; Takumi draws with its own
layout, text and raster engine, so its share says how far its picture is from Next's, not whether it is
wrong; the notes printed under the tables (``TAKUMI_NOTES``) say what it draws differently, as checked by
eye. ``--no-reference`` / ``--no-takumi`` skip a Node renderer; ``--batch`` also runs bench/batch.py
(cards per second for 1,000 template renders on 2 worker processes, ~30 s on a 2-core machine).

Run from the repository root:
``python bench/run.py [-n 10] [--no-reference] [--no-takumi] [--no-bytecode-cache] [--compression 0-9] [--batch]
[--json out.json]`` (``--compression``: pureog's PNG zlib level, to show the time/size trade-off).
Renders with pureog only in child processes; this process imports :mod:`pureog.document` and the
emoji packs to build the Node jobs (the oracle's ``build_job``) and :mod:`conformance.score`. Needs the
oracle installed (``npm ci --omit=optional`` in conformance/oracle) plus, for Takumi, its native binary
(bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import marshal
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
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
    ("photo + scrim", "bench/cards/photo.yaml"),
    ("stat grid x30", "bench/cards/stat-grid.yaml"),
    ("korean text", "bench/cards/cjk.yaml"),
    ("emoji title", "bench/cards/emoji.yaml"),
    ("text shadows", "bench/cards/shadows.yaml"),
)

BROWSER_CARD = ("grid, blend, filters", "bench/cards/browser.yaml", "bench/cards/browser-next.yaml")
SCRIPTS_CARD = ("arabic + devanagari", "bench/cards/scripts.yaml", "blog")
"""Issue 8's card, timed apart from the ten: the blog card's layout with Arabic and Devanagari text, which
pureog shapes itself (Next.js draws both scripts wrongly, so only pureog runs it); issue 8 asks for at
most twice the Latin blog card's warm time, from the same run."""
"""Issue 9's card, timed apart from the ten: pureog draws the full card (``features: browser``: a CSS grid,
blend modes, CSS filters, a backdrop blur, a conic gradient); Next.js and Takumi draw its twin, the same
card minus what Next cannot draw (bench/cards/browser-next.yaml)."""

Result = dict[str, Any]

TAKUMI_NOTES = (
    "every card renders, and nothing the cards use is ignored (objectFit, gradients, multi-layer textShadow, "
    "dashed borders, rotate, flexWrap, keep-all, letterSpacing, textTransform); px!=Next comes from its own engine:",
    "spaces: Satori (and pureog) draw wider word spaces, so Takumi's words after a line's first sit further left",
    "emoji title: extractEmojis makes each emoji an inline image with 0.15em of margins, so lines break elsewhere",
    "photo: the 64x48 JPEG is upscaled with another filter than resvg's (a sharper horizon)",
    "fromJsx makes a bare <div> display: block (Satori: flex); the cards set flex wherever that matters",
)
"""What Takumi 2.16.3 draws differently from Next on these cards, checked by eye (bench/README.md)."""


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


def run_pureog(document: str, runs: int, env: dict[str, str], tmp: str, out: Path | None = None,
               compression: int | None = None) -> Result:
    """One card in a fresh ``bench/cold_child.py`` process; its PNG is written to ``out`` if given;
    ``compression``: the PNG's zlib level (None: pureog's default)."""
    import yaml

    from conformance.casefile import CASES_DIR

    path = (REPO / document).resolve()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    job_file = Path(tmp) / "job.marshal"
    job_file.write_bytes(marshal.dumps({
        "document": {k: v for k, v in data.items() if k != "case"},
        "base_dir": str(path.parent),
        "image_root": str(CASES_DIR.parent) if CASES_DIR in path.parents else None,
        "out": None if out is None else str(out),
        "compression": compression,
    }))
    done = subprocess.run([sys.executable, str(REPO / "bench" / "cold_child.py"), str(job_file), str(runs)],
                          capture_output=True, text=True, cwd=REPO, env=env)
    try:
        result: Result = json.loads(done.stdout.strip().splitlines()[-1])
        return result
    except (IndexError, json.JSONDecodeError):
        return {"error": (done.stderr.strip().splitlines() or ["child process failed"])[-1][:160]}


def node_jobs(tmp: Path) -> list[dict[str, Any]]:
    """The render.mjs job of every card (the oracle's ``build_job``: ``to_react`` of the document, font
    files under ``tmp``, local images as data URIs), writing its PNG to ``tmp/<i>.<renderer>.png``."""
    from conformance.casefile import load_document
    from conformance.oracle.regenerate import build_job

    return [build_job(load_document(REPO / doc), tmp / f"{i}.png", tmp) for i, (_, doc) in enumerate(CARDS)]


def _with_out(job: dict[str, Any], renderer: str) -> dict[str, Any]:
    return dict(job, out=str(Path(job["out"]).with_suffix(f".{renderer}.png")))


def run_reference(runs: int, jobs: Sequence[dict[str, Any]]) -> list[Result]:
    """Next.js ImageResponse, one Node process per card (render.mjs via the oracle's ``run_render``)."""
    from conformance.oracle.regenerate import run_render

    results: list[Result] = []
    for job in jobs:
        # One Node process per card, like pureog's fresh subprocess: the cold time then includes
        # loading the @vercel/og bundle and initializing the Yoga and resvg WASM for every card.
        report = run_render([_with_out(job, "next")], time_runs=runs)
        results.append(report["jobs"][0] if report.get("jobs") else {"ok": False, "error": "no result"})
    return results


def run_takumi(runs: int, jobs: Sequence[dict[str, Any]], tmp: Path) -> list[Result]:
    """Takumi, one ``node bench/takumi_render.mjs`` process per card; emoji are answered offline from
    pureog's pack of the card's set (the SVG files the Next reference is served too)."""
    from conformance.oracle.regenerate import SERVED_EMOJI_SETS, has_emoji, write_emoji_set

    results: list[Result] = []
    for i, job in enumerate(jobs):
        job_file = tmp / f"{i}.takumi.json"
        job_file.write_text(json.dumps({"jobs": [_with_out(job, "takumi")]}, ensure_ascii=False), encoding="utf-8")
        command = ["node", str(REPO / "bench" / "takumi_render.mjs"), str(job_file), "--time", str(runs)]
        emoji = str(job.get("emoji") or "twemoji")
        if emoji in SERVED_EMOJI_SETS and has_emoji([job]):
            emoji_dir = tmp / f"emoji-{emoji}"
            if not emoji_dir.is_dir():
                write_emoji_set(emoji, emoji_dir)
            command += ["--emoji-dir", str(emoji_dir)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
        try:
            report = json.loads(done.stdout)
            results.append(dict(report["jobs"][0], version=report["takumi"]))
        except (IndexError, KeyError, json.JSONDecodeError):
            error = (done.stderr.strip().splitlines() or [f"takumi_render.mjs exit {done.returncode}"])[-1]
            results.append({"ok": False, "error": error[:160]})
    return results


def add_fidelity(results: Sequence[Result], reference: Sequence[Result]) -> None:
    """Store in each result the share of pixels of its PNG (``out``) differing visibly from Next's
    (``conformance.score``'s ``off_share``)."""
    from conformance.score import score

    for result, ref in zip(results, reference, strict=True):
        png, ref_png = result.get("out"), ref.get("out") if ref.get("ok") else None
        if png and ref_png and Path(png).is_file() and Path(ref_png).is_file():
            result["off_share_vs_next"] = score(ref_png, png).off_share


# --- the tables ---------------------------------------------------------------------------------


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or not b else f"{a / b:.2f}x"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f}%"


def _geomean(values: Sequence[float]) -> float | None:
    return math.exp(sum(map(math.log, values)) / len(values)) if values else None


def _layout(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[c]) if c == 0 else cell.rjust(widths[c]) for c, cell in enumerate(row))
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def _node_cells(result: Result | None, skipped: bool) -> tuple[str, str, str]:
    """cold, warm, PNG KB of a Node renderer; a failed card shows its error in the first cell."""
    if skipped or result is None:
        return "-", "-", "-"
    if not result.get("ok"):
        return f"error: {str(result.get('error', '?')).split(':')[0][:32]}", "-", "-"
    return _ms(result.get("cold_ms")), _ms(result.get("warm_median_ms")), f"{result['bytes'] / 1024:.1f}"


def times_table(pure: Sequence[Result], ref: Sequence[Result] | None, tak: Sequence[Result] | None) -> str:
    """Times (ms), peak memory and PNG sizes of the three renderers, one row per card."""
    rows = [("card", "pureog cold", "warm", "new text", "peak MB", "PNG KB", "Next cold", "warm", "PNG KB",
             "Takumi cold", "warm", "PNG KB")]
    for i, (name, _) in enumerate(CARDS):
        p = pure[i]
        pure_cells = (f"error: {p['error'].split(':')[0][:32]}", "-", "-", "-", "-") if "error" in p else \
            (_ms(p["cold_ms"]), _ms(p["warm_ms"]), _ms(p.get("warm_new_text_ms")), f"{p['peak_mb']:.0f}",
             f"{p['png_bytes'] / 1024:.1f}")
        rows.append((name, *pure_cells, *_node_cells(ref[i] if ref else None, ref is None),
                     *_node_cells(tak[i] if tak else None, tak is None)))
    return "\n".join(_layout(rows))


def _ok_time(result: Result | None, key: str) -> float | None:
    return result.get(key) if result and result.get("ok") else None


def ratio_table(pure: Sequence[Result], ref: Sequence[Result] | None, tak: Sequence[Result] | None) -> str:
    """pureog / Next and pureog / Takumi (warm and cold), their geometric means, and px != Next. "new
    text": pureog's renders of the card with its longest text turned a character more each time
    (bench/cold_child.py) against Takumi's warm renders of the card, which keep no results across
    renders that a new text would defeat (the same glyphs: its glyph caches serve both alike)."""
    rows = [("card", "warm p/Next", "warm p/Takumi", "new text p/Takumi", "cold p/Next", "cold p/Takumi",
             "px!=Next pureog", "px!=Next Takumi")]
    columns: list[tuple[str, Sequence[Result] | None, str]] = [
        ("warm_ms", ref, "warm_median_ms"), ("warm_ms", tak, "warm_median_ms"),
        ("warm_new_text_ms", tak, "warm_median_ms"),
        ("cold_ms", ref, "cold_ms"), ("cold_ms", tak, "cold_ms")]
    ratios: list[list[float]] = [[] for _ in columns]
    for i, (name, _) in enumerate(CARDS):
        cells = []
        for c, (mine, other, theirs) in enumerate(columns):
            a, b = pure[i].get(mine), _ok_time(other[i] if other else None, theirs)
            cells.append(_ratio(a, b))
            if a is not None and b:
                ratios[c].append(a / b)
        rows.append((name, *cells, _share(pure[i].get("off_share_vs_next")),
                     _share(tak[i].get("off_share_vs_next") if tak else None)))
    means = [_geomean(r) for r in ratios]
    rows.append(("geometric mean", *("-" if m is None else f"{m:.2f}x" for m in means), "", ""))
    lines = _layout(rows)
    lines.insert(len(lines) - 1, lines[1])
    return "\n".join(lines)


def browser_card(runs: int, env: dict[str, str], tmp: str, reference: bool, takumi: bool,
                 compression: int | None) -> str:
    """Issue 9's card (:data:`BROWSER_CARD`): pureog on the full card, Next and Takumi on its twin."""
    from conformance.casefile import load_document
    from conformance.oracle.regenerate import build_job

    name, full, twin = BROWSER_CARD
    print(f"{name}: pureog, Next, Takumi ...", file=sys.stderr, flush=True)
    mine = run_pureog(full, runs, env, tmp, compression=compression)
    job = build_job(load_document(REPO / twin), Path(tmp) / "browser.png", Path(tmp))
    ref = run_reference(runs, [job])[0] if reference else None
    tak = run_takumi(runs, [job], Path(tmp))[0] if takumi else None
    if "error" in mine:
        return f"\n{name}: pureog failed: {mine['error']}"
    warm = mine["warm_ms"]
    cells = [f"pureog {warm:.0f} ms warm (full card, features: browser)"]
    for label, other in (("Next", ref), ("Takumi", tak)):
        theirs = _ok_time(other, "warm_median_ms")
        if theirs:
            cells.append(f"{label} {theirs:.0f} ms on the twin ({warm / theirs:.2f}x)")
    return f"\n{name} (issue 9): " + "; ".join(cells)


def scripts_card(runs: int, env: dict[str, str], tmp: str, pure: Sequence[Result], compression: int | None) -> str:
    """Issue 8's card (:data:`SCRIPTS_CARD`) against the Latin card it mirrors, timed in this run."""
    name, doc, latin = SCRIPTS_CARD
    print(f"{name}: pureog ...", file=sys.stderr, flush=True)
    mine = run_pureog(doc, runs, env, tmp, compression=compression)
    if "error" in mine:
        return f"\n{name}: pureog failed: {mine['error']}"
    base = next((pure[i].get("warm_ms") for i, (card, _) in enumerate(CARDS) if card == latin), None)
    line = f"\n{name} (issue 8): pureog {mine['warm_ms']:.0f} ms warm"
    if base:
        line += f", the Latin {latin} card {base:.0f} ms ({mine['warm_ms'] / base:.2f}x; issue 8 asks <= 2x)"
    return line


def errors(pure: Sequence[Result], ref: Sequence[Result] | None, tak: Sequence[Result] | None) -> list[str]:
    """The full message of every failed card, per renderer."""
    notes = []
    for i, (name, _) in enumerate(CARDS):
        if "error" in pure[i]:
            notes.append(f"  {name}: pureog: {pure[i]['error']}")
        for label, results in (("Next", ref), ("Takumi", tak)):
            if results is not None and not results[i].get("ok"):
                notes.append(f"  {name}: {label}: {results[i].get('error', '?')}")
    return notes


def _timed(label: str, run: Callable[[], list[Result]]) -> list[Result] | None:
    """Run a Node renderer; if it cannot run at all (no Node, not installed), say so and go on."""
    print(f"{label} ...", file=sys.stderr, flush=True)
    try:
        return run()
    except Exception as exc:  # noqa: BLE001 - e.g. Node not installed: still print the other numbers
        print(f"{label} unavailable: {exc}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=10, help="renders per card (default 10)")
    parser.add_argument("--no-reference", action="store_true", help="skip the Next.js reference")
    parser.add_argument("--no-takumi", action="store_true", help="skip Takumi")
    parser.add_argument("--batch", action="store_true",
                        help="also measure cards/s for 1,000 template renders on 2 processes (bench/batch.py)")
    parser.add_argument("--json", help="also write the raw numbers as JSON here")
    parser.add_argument("--compression", type=int, choices=range(10), metavar="0-9",
                        help="pureog's PNG zlib level (default: pureog's own, 6): the time/size trade-off")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="run pureog from source (no .pyc), as with PYTHONDONTWRITEBYTECODE")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pureog-bench-") as tmp:
        env = child_env(tmp, not args.no_bytecode_cache)
        if not args.no_bytecode_cache:
            print("pureog: compiling bytecode (one untimed render per card) ...", file=sys.stderr, flush=True)
            warm_up(env, tmp)
        pure = []
        for i, (name, doc) in enumerate(CARDS):
            print(f"pureog: {name} ...", file=sys.stderr, flush=True)
            out = Path(tmp) / f"{i}.pureog.png"
            pure.append(dict(run_pureog(doc, args.runs, env, tmp, out, args.compression), out=str(out)))
        jobs = node_jobs(Path(tmp))
        ref = None if args.no_reference else _timed("Next.js ImageResponse", lambda: run_reference(args.runs, jobs))
        tak = None if args.no_takumi else _timed("Takumi", lambda: run_takumi(args.runs, jobs, Path(tmp)))
        if ref is not None:
            add_fidelity(pure, ref)
            if tak is not None:
                add_fidelity(tak, ref)
        browser = browser_card(args.runs, env, tmp, not args.no_reference, not args.no_takumi, args.compression)
        scripts = scripts_card(args.runs, env, tmp, pure, args.compression)
    source = "from source, no .pyc" if args.no_bytecode_cache else "from .pyc"
    if args.compression is not None:
        source += f", PNG zlib level {args.compression}"
    print(f"{args.runs} renders per card, times in ms (warm = median); pureog cold = fresh process ({source}): "
          f"import + first render; Next / Takumi cold = first render in a fresh node process")
    print(times_table(pure, ref, tak))
    print("\nratios pureog / other (< 1: pureog faster); px!=Next = pixels differing visibly (> 8/255) from Next's PNG")
    print(ratio_table(pure, ref, tak))
    if tak is not None and any(r.get("ok") for r in tak):
        version = next((r["version"] for r in tak if "version" in r), "?")
        print(f"\nTakumi {version} (notes checked by eye against Next's PNGs with 2.16.3):")
        print("\n".join(f"  - {note}" for note in TAKUMI_NOTES))
    if browser is not None:
        print(browser)
    print(scripts)
    notes = errors(pure, ref, tak)
    if notes:
        print("\nerrors:\n" + "\n".join(notes))
    batch = None
    if args.batch:
        from bench.batch import DEFAULT_ITEMS, DEFAULT_WORKERS, describe, run_batch

        print("batch: pureog, template renders on a process pool ...", file=sys.stderr, flush=True)
        batch = run_batch(DEFAULT_ITEMS, DEFAULT_WORKERS)
        print("\n" + describe(batch))
    if args.json:
        for results in (pure, ref or [], tak or []):
            for result in results:
                result.pop("out", None)  # temporary files, gone by now
        Path(args.json).write_text(json.dumps({"cards": [c for c, _ in CARDS], "runs": args.runs, "pureog": pure,
                                               "reference": ref, "takumi": tak, "batch": batch}, indent=2),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
