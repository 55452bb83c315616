"""``python -m fuzz.triage --target NAME --seed S --index I`` (or ``--file REGRESSION.json``): run one
case in this process, print its outcome, and when it runs past ``--after`` seconds dump every thread's
stack (faulthandler), which shows where a hang spins. ``--show`` prints the case instead."""

from __future__ import annotations

import argparse
import faulthandler
import json
import sys
from pathlib import Path

from fuzz import campaign, regressions
from fuzz.targets import all_targets
from fuzz.worker import run_case


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz.triage")
    parser.add_argument("--target")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--index", type=int, default=0)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--after", type=float, default=5.0)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    targets = all_targets()
    if args.file:
        name, case = regressions.decode(args.file.read_text())
    else:
        name = args.target
        case = campaign.generate(targets[name], args.seed, args.index)
    if args.show:
        text = repr(case) if isinstance(case, bytes) else json.dumps(case, ensure_ascii=True)
        print(text[:20000])
        return 0
    faulthandler.dump_traceback_later(args.after, exit=True, file=sys.stderr)
    outcome = run_case(targets[name], case)
    faulthandler.cancel_dump_traceback_later()
    print(f"{outcome.kind} {outcome.signature} {outcome.seconds:.2f} s: {outcome.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
