"""Replays every minimised fuzzing defect in ``regressions/`` under the harness's time and memory limits:
each must now render or raise a PureogError (``fuzz/`` writes these files; see ``fuzz/__init__.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fuzz import regressions
from fuzz.worker import Worker

CASES = regressions.load_all()


@pytest.fixture(scope="module")
def worker() -> Any:
    with Worker(time_limit=10.0, memory_limit=1 << 30) as w:
        yield w


@pytest.mark.parametrize(("path", "target", "case"), CASES, ids=[c[0].stem for c in CASES])
def test_regression(worker: Worker, path: Path, target: str, case: Any) -> None:
    outcome = worker.run(target, case)
    assert not outcome.defect, f"{path.name}: {outcome.kind} {outcome.signature} {outcome.detail}"
