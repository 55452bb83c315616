"""``python -m fuzz``: run a fuzzing campaign and report outcomes by class; defects become regressions.

    python -m fuzz --seconds 300 -j 2                  # every target, seed 0
    python -m fuzz --hours 8 --target document --seed 7
    python -m fuzz --cases 2000 --no-save              # a fixed slice, nothing written
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fuzz import campaign
from fuzz.targets import all_targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--seconds", type=float)
    size.add_argument("--hours", type=float)
    size.add_argument("--cases", type=int)
    parser.add_argument("--target", action="append", help="a target's NAME (repeatable; default all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first case index")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=10.0, help="seconds per case (default 10)")
    parser.add_argument("--memory-mb", type=int, default=1024, help="address-space cap per worker (default 1024)")
    parser.add_argument("--no-save", action="store_true", help="do not minimise or write regression cases")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds of minimising per defect")
    parser.add_argument("--report", type=Path, help="write the figures as JSON here")
    parser.add_argument("--list", action="store_true", help="list the targets and exit")
    args = parser.parse_args(argv)

    targets = all_targets()
    if args.list:
        for name, module in targets.items():
            print(f"{name}: {(module.__doc__ or '').strip().splitlines()[0] if module.__doc__ else ''}")
        return 0
    unknown = [t for t in args.target or [] if t not in targets]
    if unknown:
        parser.error(f"unknown target(s) {unknown}; known: {sorted(targets)}")
    chosen = [targets[t] for t in args.target] if args.target else list(targets.values())
    seconds = args.seconds if args.seconds is not None else args.hours * 3600 if args.hours is not None else None
    cases = args.cases if args.cases is not None or seconds is not None else 1000
    memory = args.memory_mb << 20
    print(f"fuzz: targets {[t.NAME for t in chosen]}, seed {args.seed}, jobs {args.jobs}", flush=True)
    stats = campaign.run(chosen, seed=args.seed, cases=cases, seconds=seconds, jobs=args.jobs,
                         time_limit=args.time_limit, memory_limit=memory, start=args.start, progress=True)
    stopped = " (interrupted)" if stats.interrupted else ""
    print(f"{stats.cases} cases in {stats.seconds:.0f} s{stopped}: {dict(stats.totals())}")
    for name, counts in sorted(stats.by_target.items()):
        print(f"  {name}: {dict(counts)}")
    for (target, kind, signature), count in stats.defect_counts.most_common():
        defect = stats.defects[(target, kind, signature)]
        print(f"  DEFECT x{count} {target} {kind} {signature} (seed {defect.seed} index {defect.index}): "
              f"{defect.outcome.detail[:160]} (indices {stats.defect_indices[(target, kind, signature)][:10]})")
    for target, index, seconds_taken in stats.slow[:20]:
        print(f"  slow: {target} index {index}: {seconds_taken:.1f} s")
    if args.report:
        args.report.write_text(json.dumps({
            "seed": args.seed, "start": args.start, "cases": stats.cases, "seconds": round(stats.seconds, 1),
            "interrupted": stats.interrupted, "time_limit_cpu_seconds": args.time_limit,
            "outcomes": dict(stats.totals()), "by_target": {k: dict(v) for k, v in stats.by_target.items()},
            "defects": [{"target": t, "kind": k, "signature": s, "count": c,
                         "index": stats.defects[(t, k, s)].index, "indices": stats.defect_indices[(t, k, s)]}
                        for (t, k, s), c in stats.defect_counts.most_common()],
            "slow": stats.slow,
        }, indent=1))
    if stats.defects and not args.no_save:
        for path in campaign.save_defects(stats, budget=args.budget, time_limit=args.time_limit,
                                          memory_limit=memory):
            print(f"  wrote {path}")
    return 1 if stats.defects else 0


if __name__ == "__main__":
    sys.exit(main())
