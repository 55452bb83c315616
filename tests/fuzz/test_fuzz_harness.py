"""The fuzzing harness itself: outcome classes under limits, shrinking, regression files, targets."""

from __future__ import annotations

import random

from fuzz import regressions
from fuzz.shrink import shrink
from fuzz.targets import all_targets
from fuzz.worker import Outcome, Worker


def test_worker_classifies_every_outcome() -> None:
    with Worker(time_limit=2.0, memory_limit=512 << 20) as worker:
        assert worker.run("selftest", {"do": "ok"}).kind == "ok"
        assert worker.run("selftest", {"do": "error"}).kind == "error"
        raised = worker.run("selftest", {"do": "raise", "padding": ["needle"]})
        assert (raised.kind, raised.signature) == ("exception", "KeyError at fuzz/targets/selftest.py:execute")
        assert worker.run("selftest", {"do": "alloc"}).kind == "memory"
        assert worker.run("selftest", {"do": "exit"}).kind == "crash"
        assert worker.run("selftest", {"do": "ok"}).kind == "ok"  # respawned after each of those


def test_the_memory_budget_counts_from_what_the_worker_inherits() -> None:
    """A worker forked from a process holding much address space (a long test run's pytest, its
    threads' arenas) still has its whole budget: a fixed cap below the inherited size left it none, and
    deep recursion died of SIGSEGV where the stack could not grow."""
    import mmap  # noqa: PLC0415

    held = mmap.mmap(-1, 1 << 30)  # 1 GB of address space in the parent, never touched (no memory used)
    try:
        with Worker(time_limit=5.0, memory_limit=256 << 20) as worker:
            assert worker.run("selftest", {"do": "use"}).kind == "ok"
            assert worker.run("selftest", {"do": "alloc"}).kind == "memory"  # still capped
    finally:
        held.close()


def test_timeouts_count_cpu_time_and_hangs() -> None:
    with Worker(time_limit=0.5, memory_limit=512 << 20) as worker:
        spun = worker.run("selftest", {"do": "spin"})
        assert spun.kind == "timeout" and spun.seconds < 5  # 0.5 s of CPU, whatever else runs
        hung = worker.run("selftest", {"do": "sleep"})
        assert hung.kind == "timeout" and 2.5 < hung.seconds < 10  # HANG_FACTOR x 0.5 s of wall clock
        assert worker.run("selftest", {"do": "ok"}).kind == "ok"


def test_shrink_keeps_the_defect_and_drops_the_rest() -> None:
    case = {"do": "raise", "padding": ["a" * 50, {"x": [1, 2, "needle in here"]}, 3.5], "other": list(range(20))}
    small = shrink(case, lambda c: isinstance(c, dict) and c.get("do") == "raise" and "needle" in str(c))
    assert small == {"do": "raise", "padding": ["needle"]} or len(str(small)) < 40
    assert shrink(b"xxxxneedlexxxx", lambda c: b"needle" in c) == b"needle"


def test_regression_files_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    outcome = Outcome("exception", "ValueError at pureog/x.py:f", "boom")
    for case in ({"width": float("nan"), "t": "\ud800"}, b"\x89PNG\0"):
        path = regressions.write("selftest", case, outcome, seed=1, index=2, directory=tmp_path)
        target, loaded = regressions.decode(path.read_text())
        assert target == "selftest"
        assert repr(loaded) == repr(case)


def test_every_target_generates_deterministically() -> None:
    for name, module in all_targets().items():
        first = module.generate(random.Random(f"{name}/0/5"))
        assert repr(first) == repr(module.generate(random.Random(f"{name}/0/5"))), name


def test_the_attack_families_with_variants_build_documents_that_load() -> None:
    """Round seventeen's classes as families with a variant seed (fuzz/targets/paint_variants.py): each
    variant is a document pureog reads (so a campaign reaches the drawing, not a DocumentError), and
    the attacks target draws them with their seed."""
    import pureog  # noqa: PLC0415
    from fuzz.targets import attacks  # noqa: PLC0415
    from fuzz.targets.paint_variants import VARIANTS  # noqa: PLC0415

    for family in VARIANTS:
        for v in range(6):
            pureog.load(attacks.document({"attack": family, "n": 10, "v": v}))
    drawn = {attacks.generate(random.Random(f"attacks/0/{i}"))["attack"] for i in range(400)}
    assert set(VARIANTS) <= drawn
