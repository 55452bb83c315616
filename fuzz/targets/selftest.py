"""The harness's own test target: a case names the outcome to produce (never picked by campaigns)."""

from __future__ import annotations

import random
import time
from typing import Any

NAME = "selftest"
WEIGHT = 0.0
CI = False


def generate(rng: random.Random) -> Any:
    return {"do": "ok", "padding": [rng.random() for _ in range(3)]}


def execute(case: Any) -> None:
    from pureog.errors import PureogError  # noqa: PLC0415

    do = case.get("do") if isinstance(case, dict) else None
    if do == "error":
        raise PureogError("expected")
    if do == "raise" and "needle" in str(case.get("padding")):
        raise KeyError("needle")
    if do == "sleep":  # hangs without computing: the wall-clock hang limit
        time.sleep(60)
    if do == "spin":  # computes for a minute: the CPU-time limit
        end = time.process_time() + 60
        while time.process_time() < end:
            pass
    if do == "use":  # 64 MB, within any budget: the cap counts from what the worker inherited
        block = bytearray(64 << 20)
        del block
    if do == "alloc":
        hog = [bytearray(1 << 20) for _ in range(100_000)]  # 100 GB: the cap stops it
        del hog
    if do == "exit":
        import os  # noqa: PLC0415

        os._exit(3)
