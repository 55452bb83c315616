"""Dev tool: does resvg draw pureog's SVG export as pureog draws the PNG?

For every conformance case (``conformance/cases/**``, or those whose id contains a filter), one display
list is built; pureog rasterizes it (the PNG) and :func:`pureog.svg_export.to_svg` writes it as SVG, which
the resvg of Next.js's ImageResponse rasterizes (``tools/svg_export_resvg.mjs``, Node and the oracle's
``node_modules``). The two PNGs are compared with the conformance suite's scorer
(:func:`conformance.score.score`: PSNR and the share of pixels off by more than 8/255) at each case's
tolerance (the suite's default, 30 dB and 1 %, unless the case file widens it for a known difference
between pureog's rasterizer and resvg), and the pass rate is reported per area with the worst cases.
Each failing case is also scored against the case's reference (Next.js's PNG): when resvg's drawing of
the SVG is as close to the reference as pureog's PNG or closer, the difference is pureog's rasterizer,
not the export, and the case is listed as such.

    python3 tools/svg_export_check.py                  # every case
    python3 tools/svg_export_check.py text/ filters/   # cases whose id contains any of these
    python3 tools/svg_export_check.py --keep out/      # keep the SVG, pureog PNG and resvg PNG of each
    python3 tools/svg_export_check.py --json out.json  # per-case results as JSON
    python3 tools/svg_export_check.py text/ --chromium # also score headless Chromium's drawing (slow)

Chromium (``/usr/bin/chromium``, a screenshot per SVG) is a second opinion only: Skia anti-aliases,
filters and resamples differently from tiny-skia, so it is reported beside resvg, never judged by the
suite's tolerance.

Also loaded by ``tests/svg_export/test_resvg.py`` (by path: ``tools/`` is not a package).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from conformance.casefile import CASES_DIR, discover, load_document, read_case  # noqa: E402
from conformance.score import score  # noqa: E402

RESVG_SCRIPT = ROOT / "tools" / "svg_export_resvg.mjs"
ORACLE_MODULES = ROOT / "conformance" / "oracle" / "node_modules" / "next"


def resvg_available() -> bool:
    """Whether Node and the oracle's Next.js (with its resvg) are installed."""
    return shutil.which("node") is not None and ORACLE_MODULES.is_dir()


@dataclass(frozen=True, slots=True)
class Rendered:
    """One case drawn both ways by pureog: the PNG bytes and the SVG text (or the error)."""

    id: str
    width: int = 0
    height: int = 0
    min_psnr: float = 30.0
    max_off_share: float = 0.01
    reference: str = ""
    """The case's reference PNG (Next.js), if it has one."""
    png: bytes = b""
    svg: str = ""
    error: str = ""
    render_ms: float = 0.0
    svg_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class Checked:
    """One case's comparison of resvg's rendering of the SVG with pureog's PNG."""

    id: str
    passed: bool
    psnr: float | None = None
    off_share: float | None = None
    max_diff: int | None = None
    error: str = ""
    svg_bytes: int = 0
    svg_ms: float = 0.0
    chromium_psnr: float | None = None
    """PSNR of headless Chromium's drawing of the SVG against pureog's PNG (with ``--chromium``)."""
    reference_psnr: tuple[float, float] | None = None
    """For a failing case: PSNR against the reference of (pureog's PNG, resvg's drawing of the SVG)."""

    @property
    def rasterizer_side(self) -> bool:
        """Whether resvg draws the SVG at least as close to Next.js's reference as pureog's PNG is."""
        return self.reference_psnr is not None and self.reference_psnr[1] >= self.reference_psnr[0] - 0.05

    @property
    def area(self) -> str:
        return self.id.split("/", 1)[0]


def render_case(path: str) -> Rendered:
    """The case at ``path`` as pureog's PNG and SVG of one display list (errors as values)."""
    import warnings  # noqa: PLC0415

    warnings.simplefilter("ignore")  # input Next.js tolerates: the case files test those on purpose
    info, _ = read_case(path)
    cid = info.id
    reference = str(info.reference) if info.reference.is_file() else ""
    try:
        from pureog.api import _options  # noqa: PLC0415
        from pureog.pipeline import display_list  # noqa: PLC0415
        from pureog.raster.png import encode_png  # noqa: PLC0415
        from pureog.raster.render import render  # noqa: PLC0415
        from pureog.svg_export import to_svg  # noqa: PLC0415

        document, options = _options(load_document(path), None, None, None, None, None)
        start = time.perf_counter()
        dl = display_list(document, options)
        png = encode_png(render(dl))
        middle = time.perf_counter()
        svg = to_svg(dl)
        end = time.perf_counter()
        return Rendered(cid, dl.width, dl.height, info.min_psnr, info.max_off_share, reference, png, svg,
                        render_ms=1000 * (middle - start), svg_ms=1000 * (end - middle))
    except Exception as exc:  # noqa: BLE001 - a case that does not render is reported, not fatal
        return Rendered(cid, error=f"{type(exc).__name__}: {exc}")


def rasterise(jobs: Sequence[tuple[Path, Path, int]]) -> list[str]:
    """resvg renders each (svg file, png file, width); one error message per job ('' when it worked)."""
    if not jobs:
        return []
    payload = json.dumps([{"svg": str(s), "out": str(o), "width": w} for s, o, w in jobs])
    proc = subprocess.run(["node", str(RESVG_SCRIPT)], input=payload, capture_output=True, text=True,
                          check=False, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or len(lines) != len(jobs):
        raise RuntimeError(f"resvg driver failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return ["" if r.get("ok") else str(r.get("error")) for r in map(json.loads, lines)]


def chromium(svg_file: Path, width: int, height: int) -> Path | None:
    """A headless Chromium screenshot of ``svg_file`` (transparent background), or None when it fails."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        return None
    out = svg_file.with_suffix(".chromium.png")
    # No --user-data-dir: with a fresh profile, headless Chromium screenshots a blank white page.
    try:
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--hide-scrollbars", "--default-background-color=00000000",
                        "--run-all-compositor-stages-before-draw", f"--window-size={width},{height}",
                        f"--screenshot={out}", svg_file.as_uri()], capture_output=True, check=False, timeout=60)
    except subprocess.TimeoutExpired:  # the process is killed; the case gets no second opinion
        return None
    return out if out.is_file() else None


def _chromium_psnr(job: tuple[Path, int, int, bytes]) -> float | None:
    svg_file, width, height, png = job
    shot = chromium(svg_file, width, height)
    if shot is None:
        return None
    s = score(png, shot)
    return None if s.reason else min(s.psnr, 99.0)


def check(rendered: Iterable[Rendered], workdir: Path, jobs: int = 1, keep: Path | None = None,
          with_chromium: bool = False) -> list[Checked]:
    """resvg's rendering of each case's SVG scored against its PNG (default tolerance)."""
    cases = list(rendered)
    todo: list[tuple[Rendered, Path, Path]] = []
    results: dict[str, Checked] = {}
    for r in cases:
        if r.error:
            results[r.id] = Checked(r.id, False, error=r.error)
            continue
        stem = r.id.replace("/", "__")
        svg_file, out_file = workdir / f"{stem}.svg", workdir / f"{stem}.resvg.png"
        svg_file.write_text(r.svg, encoding="utf-8")
        todo.append((r, svg_file, out_file))
    chunks = [todo[i::jobs] for i in range(max(1, jobs))]
    with ProcessPoolExecutor(max_workers=max(1, jobs)) if jobs > 1 else _Inline() as pool:
        errors_per_chunk = list(pool.map(rasterise, [[(s, o, r.width) for r, s, o in c] for c in chunks]))
    shots: dict[str, float | None] = {}
    if with_chromium:
        with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
            psnrs = pool.map(_chromium_psnr, [(s, r.width, r.height, r.png) for r, s, _ in todo])
            shots = {r.id: p for (r, _, _), p in zip(todo, psnrs, strict=True)}
    for chunk, errors in zip(chunks, errors_per_chunk, strict=True):
        for (r, svg_file, out_file), error in zip(chunk, errors, strict=True):
            size = len(r.svg.encode())
            if error:
                results[r.id] = Checked(r.id, False, error=f"resvg: {error}", svg_bytes=size)
                continue
            s = score(r.png, out_file, min_psnr=r.min_psnr, max_off_share=r.max_off_share)
            psnr = None if s.psnr == float("inf") else s.psnr
            versus = None
            if not s.passed and r.reference:
                versus = (score(r.reference, r.png).psnr, score(r.reference, out_file).psnr)
            results[r.id] = Checked(r.id, s.passed, psnr, s.off_share, s.max_diff, s.reason, size, r.svg_ms,
                                    shots.get(r.id), versus)
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                stem = svg_file.stem
                shutil.copy(svg_file, keep / svg_file.name)
                shutil.copy(out_file, keep / out_file.name)
                (keep / f"{stem}.pureog.png").write_bytes(r.png)
    return [results[r.id] for r in cases]


class _Inline:
    """A stand-in for an executor that runs in this process."""

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    @staticmethod
    def map(fn: object, items: list[list[tuple[Path, Path, int]]]) -> Iterable[list[str]]:
        return [rasterise(item) for item in items]


def summary(results: Sequence[Checked], worst: int = 15) -> str:
    """The per-area pass table, the totals and the worst cases (``*``: resvg draws the SVG at least as
    close to Next.js's reference as pureog's PNG: the difference is pureog's rasterizer)."""
    areas: dict[str, list[Checked]] = {}
    for r in results:
        areas.setdefault(r.area, []).append(r)
    lines = [f"{'area':<14} {'pass':>5} {'total':>6} {'rate':>7}  {'median PSNR':>11}"]
    for area in sorted(areas):
        rows = areas[area]
        passed = sum(r.passed for r in rows)
        psnrs = sorted(r.psnr if r.psnr is not None else 99.0 for r in rows if not r.error)
        median = f"{psnrs[len(psnrs) // 2]:.1f}" if psnrs else "-"
        lines.append(f"{area:<14} {passed:>5} {len(rows):>6} {100 * passed / len(rows):>6.1f}%  {median:>11}")
    total = sum(r.passed for r in results)
    lines.append(f"{'all':<14} {total:>5} {len(results):>6} {100 * total / max(1, len(results)):>6.1f}%")
    side = sum(r.rasterizer_side for r in results)
    if side:
        lines.append(f"({side} failing case(s) marked *: resvg draws the SVG at least as close to the reference)")
    failing = sorted((r for r in results if not r.passed),
                     key=lambda r: (not r.error, r.psnr if r.psnr is not None else 99.0))
    if failing:
        lines.append(f"\nworst {min(worst, len(failing))} of {len(failing)} failing:")
        for r in failing[:worst]:
            if r.error:
                lines.append(f"  {r.id}: {r.error[:200]}")
            else:
                psnr = f"{r.psnr:.1f}" if r.psnr is not None else "inf"
                line = f"  {r.id}: PSNR {psnr} dB, {100 * (r.off_share or 0):.2f}% off, max {r.max_diff}"
                if r.reference_psnr is not None:
                    png_db, svg_db = r.reference_psnr
                    line += f"; vs reference: PNG {png_db:.1f} dB, SVG {svg_db:.1f} dB" + \
                        (" *" if r.rasterizer_side else "")
                lines.append(line)
    return "\n".join(lines)


def run(filters: Sequence[str] = (), jobs: int | None = None, keep: Path | None = None,
        with_chromium: bool = False) -> list[Checked]:
    """Render, export, rasterise and score every matching case."""
    paths = [str(p) for p in discover(filters, CASES_DIR)]
    jobs = jobs or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        rendered = list(pool.map(render_case, paths, chunksize=4))
    with tempfile.TemporaryDirectory(prefix="pureog-svg-") as tmp:
        return check(rendered, Path(tmp), jobs=jobs, keep=keep, with_chromium=with_chromium)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("filters", nargs="*", help="only cases whose id contains one of these")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--keep", type=Path, help="directory to keep each case's SVG and both PNGs in")
    parser.add_argument("--json", type=Path, help="write per-case results to this JSON file")
    parser.add_argument("--worst", type=int, default=15, help="how many failing cases to list")
    parser.add_argument("--chromium", action="store_true", help="also score headless Chromium's drawing (slow)")
    args = parser.parse_args(argv)
    if not resvg_available():
        print("needs node and conformance/oracle/node_modules (npm ci --omit=optional)", file=sys.stderr)
        return 2
    start = time.perf_counter()
    results = run(args.filters, args.jobs, args.keep, args.chromium)
    print(summary(results, args.worst))
    if args.chromium:
        shots = sorted(r.chromium_psnr for r in results if r.chromium_psnr is not None)
        if shots:
            at_30 = sum(p >= 30.0 for p in shots)
            print(f"\nChromium (second opinion, {len(shots)} cases): median PSNR {shots[len(shots) // 2]:.1f} dB, "
                  f"{at_30} at >= 30 dB, lowest {shots[0]:.1f} dB")
    sizes = sorted(r.svg_bytes for r in results if r.svg_bytes)
    if sizes:
        times = sorted(r.svg_ms for r in results if r.svg_bytes)
        print(f"\nSVG size: median {sizes[len(sizes) // 2]:,} bytes, largest {sizes[-1]:,}; export median "
              f"{times[len(times) // 2]:.1f} ms, slowest {times[-1]:.0f} ms; {time.perf_counter() - start:.0f} s")
    if args.json:
        args.json.write_text(json.dumps([{"id": r.id, "passed": r.passed, "psnr": r.psnr, "off_share": r.off_share,
                                          "max_diff": r.max_diff, "error": r.error, "svg_bytes": r.svg_bytes,
                                         "chromium_psnr": r.chromium_psnr, "reference_psnr": r.reference_psnr}
                                         for r in results], indent=1))
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
