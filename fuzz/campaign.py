"""A campaign: many generated cases over one or more targets, run by a few workers, defects minimised.

Case ``index`` of target ``T`` under ``seed`` is generated from ``random.Random(f"{T}/{seed}/{index}")``
alone, so every case (and every defect in a report) is reproduced from those three values. In a mixed
campaign, which target case ``index`` goes to is drawn from ``random.Random(f"{seed}/{index}")`` by the
targets' ``WEIGHT``.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from fuzz import regressions
from fuzz.shrink import shrink
from fuzz.worker import Outcome, Worker

SLOW = 3.0
"""Seconds after which a passing case is reported as slow (the limits aim below it)."""


def generate(target: ModuleType, seed: int, index: int) -> Any:
    return target.generate(random.Random(f"{target.NAME}/{seed}/{index}"))


@dataclass
class Defect:
    target: str
    seed: int
    index: int
    outcome: Outcome
    case: Any


@dataclass
class Stats:
    cases: int = 0
    seconds: float = 0.0
    by_target: dict[str, Counter[str]] = field(default_factory=dict)
    defects: dict[tuple[str, str, str], Defect] = field(default_factory=dict)
    """First example of each (target, outcome, signature)."""
    defect_counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    defect_indices: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    """Up to 20 case indices of each defect, for triage."""
    slow: list[tuple[str, int, float]] = field(default_factory=list)
    interrupted: bool = False
    """Stopped early by Ctrl-C: ``cases`` says how many ran (not necessarily a contiguous range)."""

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for counts in self.by_target.values():
            total.update(counts)
        return total

    def record(self, target: str, seed: int, index: int, case: Any, outcome: Outcome) -> None:
        self.cases += 1
        self.by_target.setdefault(target, Counter())[outcome.kind] += 1
        if outcome.defect:
            key = (target, outcome.kind, outcome.signature)
            self.defect_counts[key] += 1
            indices = self.defect_indices.setdefault(key, [])
            if len(indices) < 20:
                indices.append(index)
            self.defects.setdefault(key, Defect(target, seed, index, outcome, case))
        elif outcome.seconds > SLOW:
            self.slow.append((target, index, outcome.seconds))


def _pick(targets: list[ModuleType], seed: int, index: int) -> ModuleType:
    if len(targets) == 1:
        return targets[0]
    weights = [float(getattr(t, "WEIGHT", 1.0)) for t in targets]
    return random.Random(f"{seed}/{index}").choices(targets, weights)[0]


def run(targets: list[ModuleType], *, seed: int = 0, cases: int | None = None, seconds: float | None = None,
        jobs: int = 1, time_limit: float = 10.0, memory_limit: int = 1 << 30, start: int = 0,
        progress: bool = False) -> Stats:
    """Run cases ``start, start+1, ...`` until ``cases`` are done or ``seconds`` have passed."""
    stats = Stats()
    lock = threading.Lock()
    counter = iter(range(start, start + cases if cases is not None else 1 << 62))
    began = time.monotonic()
    deadline = began + seconds if seconds is not None else float("inf")

    stopping = threading.Event()

    def loop() -> None:
        with Worker(time_limit=time_limit, memory_limit=memory_limit) as worker:
            while time.monotonic() < deadline and not stopping.is_set():
                with lock:
                    index = next(counter, None)
                if index is None:
                    return
                target = _pick(targets, seed, index)
                try:
                    case = generate(target, seed, index)
                    outcome = worker.run(target.NAME, case)
                except Exception as exc:  # a bug in the target itself: reported, never silent
                    case = None
                    outcome = Outcome("exception", f"harness {type(exc).__name__}", str(exc)[:300])
                with lock:
                    stats.record(target.NAME, seed, index, case, outcome)
                    if progress and stats.cases % 500 == 0:
                        print(f"  {stats.cases} cases, {time.monotonic() - began:.0f} s, "
                              f"{dict(stats.totals())}", flush=True)

    threads = [threading.Thread(target=loop, daemon=True) for _ in range(max(1, jobs))]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            while thread.is_alive():
                thread.join(0.5)
    except KeyboardInterrupt:  # Ctrl-C (SIGINT) ends a campaign early: the cases run so far are reported
        stopping.set()
        for thread in threads:
            thread.join()
        stats.interrupted = True
    stats.seconds = time.monotonic() - began
    return stats


def minimise(defect: Defect, *, time_limit: float = 10.0, memory_limit: int = 1 << 30,
             budget: float = 60.0) -> Any:
    """The defect's case shrunk while the same (kind, signature) persists."""
    with Worker(time_limit=time_limit, memory_limit=memory_limit) as worker:
        def still_fails(candidate: Any) -> bool:
            outcome = worker.run(defect.target, candidate)
            return outcome.kind == defect.outcome.kind and outcome.signature == defect.outcome.signature

        return shrink(defect.case, still_fails, budget=budget)


def save_defects(stats: Stats, *, directory: Path = regressions.DIRECTORY, budget: float = 60.0,
                 time_limit: float = 10.0, memory_limit: int = 1 << 30) -> list[Path]:
    """Minimise the first example of each defect signature and write it as a regression case."""
    paths = []
    for defect in stats.defects.values():
        small = minimise(defect, time_limit=time_limit, memory_limit=memory_limit, budget=budget)
        paths.append(regressions.write(defect.target, small, defect.outcome, seed=defect.seed,
                                       index=defect.index, directory=directory))
    return paths
