"""The conformance runner: render every case with pureog, score it against its reference, classify.

Role: case files (``conformance/cases/<area>/<name>.yaml`` with ``<name>.ref.png``) -> one
:class:`CaseResult` per case -> a per-area table, the expectations check and (optionally) the HTML
report's images. Cases render in a process pool (all cores by default); each worker imports pureog
once. Anything a case raises (an unfinished renderer module, a bad value, a timeout) makes that case
fail with its message: the run itself never crashes on a case.

Input -> output: ``run(filters, jobs=, report_dir=) -> RunResult``; ``check_expectations(results,
expected) -> ExpectationCheck``; ``write_expectations(results, path)``. Imports :mod:`pureog` only
inside the worker (so a broken renderer cannot break discovery or the table), the scorer, and yaml.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import re
import signal
import statistics
import time
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import yaml

from conformance.casefile import CASES_DIR, CONFORMANCE_DIR, CaseInfo, case_id, discover, read_case

EXPECTATIONS = CONFORMANCE_DIR / "expectations.yaml"
DEFAULT_REPORT_DIR = CONFORMANCE_DIR / "report"
DEFAULT_TIMEOUT_S = 120.0
PASS, FAIL, ERROR = "pass", "fail", "error"


@dataclass(frozen=True, slots=True)
class CaseResult:
    id: str
    area: str
    title: str
    features: tuple[str, ...]
    status: str
    """``pass``; ``fail`` (rendered, scored below the thresholds); ``error`` (did not render or score)."""
    psnr: float | None = None
    off_share: float | None = None
    max_diff: int | None = None
    error: str = ""
    render_ms: float | None = None
    min_psnr: float = 30.0
    max_off_share: float = 0.01
    tolerance_reason: str = ""
    width: int = 0
    height: int = 0
    images: Mapping[str, str] = field(default_factory=dict)
    reference_source: str = "next"
    """Who drew the reference PNG: ``next`` (Next.js) or ``chromium`` (conformance/chromium)."""
    """Report image files (``reference``, ``candidate``, ``diff``) relative to the report directory."""

    @property
    def passed(self) -> bool:
        return self.status == PASS

    def reason(self) -> str:
        """One line saying why the case fails (for expectations.yaml and the table)."""
        if self.status == ERROR:
            return _LOCATION.sub("", first_line(self.error))
        if self.status == FAIL:
            psnr = "inf" if self.psnr is None or math.isinf(self.psnr) else f"{self.psnr:.1f}"
            share = 100.0 * (self.off_share or 0.0)
            if self.error:  # e.g. a size mismatch
                return self.error
            return (f"renders but PSNR {psnr} dB (min {self.min_psnr:g}), {share:.1f}% pixels off "
                    f"(max {100 * self.max_off_share:g}%)")
        return ""


@dataclass(frozen=True, slots=True)
class RunResult:
    results: tuple[CaseResult, ...]
    elapsed_s: float
    jobs: int

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def failed(self) -> int:
        return len(self.results) - self.passed


@dataclass(frozen=True, slots=True)
class ExpectationCheck:
    unexpected: tuple[CaseResult, ...]
    """Failing cases that expectations.yaml does not list: these fail CI."""
    now_passing: tuple[str, ...]
    """Listed cases that pass now: remove them from the list."""
    unknown: tuple[str, ...]
    """Listed ids that name no case (renamed or deleted)."""

    @property
    def ok(self) -> bool:
        return not self.unexpected


_LOCATION = re.compile(r" \[[^\]]*:\d+ in [^\]]+\]$")
"""The ``[file:line in function]`` suffix of an error: useful in the report, noise in expectations.yaml."""


def first_line(text: str, limit: int = 240) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def _image_name(cid: str, kind: str) -> str:
    return f"images/{cid.replace('/', '__')}.{kind}.png"


class _CaseTimeout(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _CaseTimeout()


def run_case(path: str, report_dir: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S,
             root: str | None = None) -> CaseResult:
    """Render and score one case; never raises (errors become an ``error`` result)."""
    base = Path(root) if root else CASES_DIR
    try:
        info, document = read_case(path, base)
    except Exception as exc:  # a malformed case file is reported like any other failure
        cid = case_id(Path(path), base)
        return CaseResult(cid, cid.split("/")[0], "", (), ERROR, error=f"case file: {exc}")
    common: dict[str, Any] = {
        "id": info.id, "area": info.area, "title": info.title, "features": info.features,
        "min_psnr": info.min_psnr, "max_off_share": info.max_off_share, "tolerance_reason": info.tolerance_reason,
        "reference_source": info.reference_source,
    }
    images: dict[str, str] = {}
    started = time.perf_counter()
    png: bytes | None = None
    use_alarm = timeout_s > 0 and hasattr(signal, "setitimer")
    try:
        if use_alarm:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout_s)
        try:
            png = _render(info, document)
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
    except _CaseTimeout:
        return CaseResult(**common, status=ERROR, error=f"timed out after {timeout_s:g} s",
                          images=_reference_only(info, report_dir))
    except BaseException as exc:  # noqa: BLE001 - any failure of the renderer is a failing case
        if isinstance(exc, KeyboardInterrupt):
            raise
        return CaseResult(**common, status=ERROR, error=_describe(exc), images=_reference_only(info, report_dir))
    render_ms = 1000.0 * (time.perf_counter() - started)
    try:
        from conformance.pngread import read_rgba  # noqa: PLC0415
        from conformance.score import score, write_heatmap  # noqa: PLC0415

        if not info.reference.is_file():
            return CaseResult(**common, status=ERROR, render_ms=render_ms,
                              error=f"no reference image {info.reference.name} (run "
                                    f"conformance/{'chromium' if info.reference_source == 'chromium' else 'oracle'}"
                                    "/regenerate.py)")
        reference = read_rgba(info.reference)
        candidate = read_rgba(png)
        result = score(reference, candidate, min_psnr=info.min_psnr, max_off_share=info.max_off_share)
        if report_dir is not None:
            out = Path(report_dir)
            images = {k: _image_name(info.id, k) for k in ("reference", "candidate", "diff")}
            (out / images["reference"]).write_bytes(info.reference.read_bytes())
            (out / images["candidate"]).write_bytes(png)
            if result.reason:
                del images["diff"]
            else:
                write_heatmap(reference, candidate, out / images["diff"])
    except Exception as exc:  # noqa: BLE001 - e.g. pureog wrote bytes that are not a PNG
        return CaseResult(**common, status=ERROR, render_ms=render_ms, images=images,
                          error=f"scoring failed: {_describe(exc)}")
    return CaseResult(**common, status=PASS if result.passed else FAIL, psnr=result.psnr,
                      off_share=result.off_share, max_diff=result.max_diff, error=result.reason or "",
                      render_ms=render_ms, width=result.width, height=result.height, images=images)


def _reference_only(info: CaseInfo, report_dir: str | None) -> dict[str, str]:
    """For the report of a case that did not render: the reference still shows what is expected."""
    if report_dir is None or not info.reference.is_file():
        return {}
    name = _image_name(info.id, "reference")
    (Path(report_dir) / name).write_bytes(info.reference.read_bytes())
    return {"reference": name}


def _render(info: CaseInfo, document: dict[str, Any]) -> bytes:
    import pureog  # noqa: PLC0415 - imported in the worker so that a broken renderer fails cases, not the run
    from pureog.document.load import from_mapping  # noqa: PLC0415

    # Cases share the images under conformance/assets/: allow reads anywhere inside conformance/.
    loaded = from_mapping(document, base_dir=str(info.path.parent), root=str(CASES_DIR.parent))
    png = pureog.render_png(loaded)
    if not isinstance(png, (bytes, bytearray)):
        raise TypeError(f"render_png returned {type(png).__name__}, not bytes")
    return bytes(png)


def _describe(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    tb = traceback.extract_tb(exc.__traceback__)
    if tb:
        last = tb[-1]
        text += f" [{os.path.relpath(last.filename)}:{last.lineno} in {last.name}]"
    return text


def _worker_init() -> None:
    # Workers ignore Ctrl-C: the parent terminates the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import pureog  # noqa: F401, PLC0415 - warm the import once per worker
    except Exception:  # noqa: BLE001, S110 - a broken import shows up per case instead
        pass


def _run_one(args: tuple[str, str | None, float, str]) -> CaseResult:
    return run_case(*args)


def run(filters: Sequence[str] = (), *, jobs: int | None = None, report_dir: str | Path | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S, root: Path = CASES_DIR,
        progress: Callable[[CaseResult], None] | None = None) -> RunResult:
    """Render and score every case whose id contains one of ``filters`` (all when empty)."""
    started = time.perf_counter()
    paths = discover(filters, root)
    if report_dir is not None:
        (Path(report_dir) / "images").mkdir(parents=True, exist_ok=True)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(paths) or 1))
    tasks = [(str(p), None if report_dir is None else str(report_dir), timeout_s, str(root)) for p in paths]
    results: list[CaseResult] = []
    if workers == 1:
        for task in tasks:
            results.append(_run_one(task))
            if progress:
                progress(results[-1])
    else:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with multiprocessing.get_context(method).Pool(workers, initializer=_worker_init, maxtasksperchild=64) as pool:
            # Big cards first so that a slow 1200x630 case does not finish the run alone.
            order = sorted(range(len(tasks)), key=lambda i: -os.path.getsize(tasks[i][0]))
            for result in pool.imap_unordered(_run_one, [tasks[i] for i in order], chunksize=1):
                results.append(result)
                if progress:
                    progress(result)
    results.sort(key=lambda r: r.id)
    return RunResult(tuple(results), time.perf_counter() - started, workers)


# ---- expectations -------------------------------------------------------------------------------


def load_expectations(path: Path = EXPECTATIONS) -> dict[str, str]:
    """``case id -> reason`` from expectations.yaml (empty when the file is missing or empty)."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping 'area/name: reason'")
    return {str(k): str(v) for k, v in data.items()}


def check_expectations(results: Iterable[CaseResult], expected: Mapping[str, str],
                       all_ids: Iterable[str] | None = None) -> ExpectationCheck:
    results = list(results)
    unexpected = tuple(r for r in results if not r.passed and r.id not in expected)
    now_passing = tuple(r.id for r in results if r.passed and r.id in expected)
    known = set(all_ids) if all_ids is not None else None
    unknown = tuple(sorted(k for k in expected if known is not None and k not in known))
    return ExpectationCheck(unexpected, now_passing, unknown)


EXPECTATIONS_HEADER = """\
# Known conformance failures: `area/name: reason`. `python -m conformance --ci` fails when a case that is
# NOT listed here fails, and names the listed cases that pass now (delete those lines: the list only
# shrinks). `python -m conformance --write-expectations` rewrites it from a run, keeping hand-written
# reasons of cases that still fail. Reasons that start with "renders but" or an exception name were
# written by that command from the run; replace them with the real cause once it is known.
"""


def write_expectations(results: Iterable[CaseResult], path: Path = EXPECTATIONS,
                       all_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Rewrite the list: failing cases of this run (old reasons kept) + untouched entries of cases not run."""
    old = load_expectations(path)
    results = list(results)
    ran = {r.id for r in results}
    known = set(all_ids) if all_ids is not None else None
    new: dict[str, str] = {k: v for k, v in old.items() if k not in ran and (known is None or k in known)}
    for r in results:
        if not r.passed:
            new[r.id] = old.get(r.id) or r.reason() or r.status
    ordered = dict(sorted(new.items()))
    body = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=200, default_flow_style=False)
    path.write_text(EXPECTATIONS_HEADER + ("\n" + body if ordered else "{}\n"), encoding="utf-8")
    return ordered


# ---- the table ----------------------------------------------------------------------------------


def area_table(results: Sequence[CaseResult]) -> str:
    rows = [("area", "cases", "pass", "fail", "error", "pass %", "median dB")]
    by_area: dict[str, list[CaseResult]] = {}
    for r in results:
        by_area.setdefault(r.area, []).append(r)
    for area, group in sorted(by_area.items()) + [("total", list(results))]:
        psnrs = [min(r.psnr, 99.0) for r in group if r.psnr is not None]
        passed = sum(r.passed for r in group)
        rows.append((area, str(len(group)), str(passed), str(sum(r.status == FAIL for r in group)),
                     str(sum(r.status == ERROR for r in group)),
                     f"{100.0 * passed / len(group):.0f}" if group else "-",
                     f"{statistics.median(psnrs):.1f}" if psnrs else "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
        if index == 0 or index == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def worst(results: Sequence[CaseResult], count: int = 5) -> list[CaseResult]:
    """Errors first (by id), then rendered failures by PSNR ascending: what to look at first."""
    def key(r: CaseResult) -> tuple[int, float, str]:
        if r.status == ERROR:
            return (0, 0.0, r.id)
        return (1 if not r.passed else 2, r.psnr if r.psnr is not None else 0.0, r.id)

    return sorted(results, key=key)[:count]
