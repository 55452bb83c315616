"""Regression case files: one JSON file per minimised defect in ``tests/fuzz/regressions/``.

A file holds the target's name, the case (``bytes`` as base64 under ``case_base64``) and how it was
found (seed, index, outcome, signature, message). ``tests/fuzz/test_fuzz_regressions.py`` replays every
file under the harness's limits and expects success or a PureogError.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from fuzz.worker import Outcome

DIRECTORY = Path(__file__).resolve().parent.parent / "tests" / "fuzz" / "regressions"


def encode(target: str, case: Any, found: dict[str, Any]) -> str:
    record: dict[str, Any] = {"target": target, "found": found}
    if isinstance(case, bytes):
        record["case_base64"] = base64.b64encode(case).decode("ascii")
    else:
        record["case"] = case
    # NaN/Infinity are kept as JSON extensions (Python's json reads them back): they are the point.
    return json.dumps(record, indent=1, ensure_ascii=True) + "\n"


def decode(text: str) -> tuple[str, Any]:
    record = json.loads(text)
    if "case_base64" in record:
        return record["target"], base64.b64decode(record["case_base64"])
    return record["target"], record["case"]


def write(target: str, case: Any, outcome: Outcome, *, seed: int, index: int,
          directory: Path = DIRECTORY) -> Path:
    """Write the case; the file name is stable for the same case, so rewriting is harmless."""
    found = {"seed": seed, "index": index, "outcome": outcome.kind, "signature": outcome.signature,
             "detail": outcome.detail[:300]}
    text = encode(target, case, found)
    digest = hashlib.sha256(text.split('"case', 1)[1].encode()).hexdigest()[:10]
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{target}-{outcome.kind}-{digest}.json"
    path.write_text(text)
    return path


def load_all(directory: Path = DIRECTORY) -> list[tuple[Path, str, Any]]:
    return [(path, *decode(path.read_text())) for path in sorted(directory.glob("*.json"))]
