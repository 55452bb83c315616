"""``python -m conformance``: run the conformance suite (see spec/conformance.md).

Renders every case (or those whose ``area/name`` contains one of the given substrings) with pureog in
a process pool, scores it against the committed Next.js reference, writes the HTML report, prints a
per-area table and, as the very last line, ``N passed, M failed``.

Exit status: without ``--ci``, 1 when any case failed; with ``--ci``, 1 only when a case that
``conformance/expectations.yaml`` does not list failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from conformance.casefile import CASES_DIR, case_id, discover
from conformance.report import write_report
from conformance.runner import (
    DEFAULT_REPORT_DIR,
    DEFAULT_TIMEOUT_S,
    EXPECTATIONS,
    PASS,
    CaseResult,
    check_expectations,
    load_expectations,
    run,
    worst,
    write_expectations,
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m conformance", description=__doc__.split("\n\n")[0])
    p.add_argument("filters", nargs="*", help="run only cases whose 'area/name' contains one of these")
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--report", metavar="DIR", default=str(DEFAULT_REPORT_DIR), help="HTML report directory")
    p.add_argument("--no-report", action="store_true", help="do not write the HTML report (faster)")
    p.add_argument("--ci", action="store_true", help="fail only on failures not listed in expectations.yaml")
    p.add_argument("--expectations", default=str(EXPECTATIONS), help="known-failures file")
    p.add_argument("--write-expectations", action="store_true",
                   help="rewrite the known-failures file from this run (keeps existing reasons)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="seconds per case (0 = none)")
    p.add_argument("--worst", type=int, default=5, metavar="N", help="list the N worst cases (default 5)")
    p.add_argument("-v", "--verbose", action="store_true", help="print every case as it finishes")
    p.add_argument("--list", action="store_true", help="list the selected case ids and exit")
    return p


def _progress(verbose: bool, total: int) -> object:
    done = [0]

    def report(result: CaseResult) -> None:
        done[0] += 1
        if verbose:
            line = f"[{done[0]:>3}/{total}] {result.status:5} {result.id}"
            if result.status != PASS:
                line += f"  {result.reason()}"
            print(line, flush=True)
        elif done[0] % 25 == 0 or done[0] == total:
            print(f"  {done[0]}/{total} cases", file=sys.stderr, flush=True)

    return report


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    paths = discover(args.filters)
    if args.list:
        for path in paths:
            print(case_id(path))
        print(f"{len(paths)} cases")
        return 0
    if not paths:
        print("no case matches", " ".join(args.filters))
        print("0 passed, 0 failed")
        return 1
    report_dir = None if args.no_report else Path(args.report)
    outcome = run(args.filters, jobs=args.jobs, report_dir=report_dir, timeout_s=args.timeout,
                  progress=_progress(args.verbose, len(paths)))  # type: ignore[arg-type]
    results = outcome.results
    expectations_path = Path(args.expectations)
    expected = load_expectations(expectations_path)
    all_ids = [case_id(p) for p in discover((), CASES_DIR)]

    print()
    from conformance.runner import area_table  # noqa: PLC0415

    print(area_table(results))
    print(f"\n{len(results)} cases in {outcome.elapsed_s:.1f} s with {outcome.jobs} worker(s)")
    failing = [r for r in results if not r.passed]
    if failing and args.worst:
        print(f"\nworst {min(args.worst, len(failing))}:")
        for r in worst(results, args.worst):
            if not r.passed:
                print(f"  {r.id}: {r.reason()}")
    if report_dir is not None:
        index = write_report(outcome, report_dir, expected)
        print(f"\nreport: {index}")
    if args.write_expectations:
        written = write_expectations(results, expectations_path, all_ids)
        print(f"wrote {expectations_path} ({len(written)} known failures)")
        expected = written
    status = 0 if not failing else 1
    if args.ci:
        check = check_expectations(results, expected, all_ids)
        if check.now_passing:
            print(f"\n{len(check.now_passing)} case(s) listed in {expectations_path.name} pass now; remove them:")
            for cid in check.now_passing:
                print(f"  {cid}")
        if check.unknown:
            print(f"\n{expectations_path.name} lists unknown case(s): {', '.join(check.unknown)}")
        if check.unexpected:
            print(f"\n{len(check.unexpected)} unexpected failure(s) (not in {expectations_path.name}):")
            for r in check.unexpected:
                print(f"  {r.id}: {r.reason()}")
        status = 0 if check.ok else 1
    print(f"{outcome.passed} passed, {outcome.failed} failed")
    return status


if __name__ == "__main__":
    sys.exit(main())
