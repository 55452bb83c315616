"""Child process of bench/run.py (not a test): one card's cold and warm render times, as JSON on stdout.

Usage: ``python bench/cold_child.py JOB N`` where JOB is a ``marshal`` file written by run.py holding
the card's document mapping (its ``case:`` key removed), its directory, the image root, the PNG's zlib
level (``compression``, None for pureog's default) and where to write the PNG (``out``, or None; written
after the clock stops, for run.py's comparison with Next). Only ``marshal``, ``sys`` and ``time`` (built
in, already loaded by the interpreter) are imported before the clock starts, so the cold time is
everything pureog needs after interpreter start-up: importing pureog, building the Document from the
mapping and the first render. The reference gets its document the same way, already parsed (a JSON job).
Warm = the median of the next N - 1 renders.
"""

import marshal
import sys
import time

with open(sys.argv[1], "rb") as _handle:
    JOB = marshal.load(_handle)
RUNS = int(sys.argv[2])

T0 = time.perf_counter()
try:
    import pureog
    from pureog.document.load import from_mapping

    DOC = from_mapping(JOB["document"], base_dir=JOB["base_dir"], root=JOB["image_root"])
    LEVEL = JOB.get("compression")
    PNG = pureog.render_png(DOC) if LEVEL is None else pureog.render(DOC, compression=LEVEL)
    COLD_MS = 1000 * (time.perf_counter() - T0)
    ERROR = None
except Exception as exc:  # noqa: BLE001 - reported in the table instead of a time
    ERROR = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]

import json  # noqa: E402  (after the clock: harness only)
import resource  # noqa: E402
import statistics  # noqa: E402

if ERROR is not None:
    print(json.dumps({"error": ERROR}))
else:
    warm = []
    for _ in range(max(0, RUNS - 1)):
        t0 = time.perf_counter()
        pureog.render_png(DOC) if LEVEL is None else pureog.render(DOC, compression=LEVEL)
        warm.append(1000 * (time.perf_counter() - t0))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if JOB.get("out"):
        with open(JOB["out"], "wb") as _handle:
            _handle.write(PNG)
    print(json.dumps({"cold_ms": COLD_MS, "warm_ms": statistics.median(warm) if warm else None,
                      "peak_mb": peak_kb / 1024, "png_bytes": len(PNG)}))
