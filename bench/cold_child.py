"""Child process of bench/run.py (not a test): one card's cold and warm render times, as JSON on stdout.

Usage: ``python bench/cold_child.py JOB N`` where JOB is a ``marshal`` file written by run.py holding
the card's document mapping (its ``case:`` key removed), its directory, the image root, the PNG's zlib
level (``compression``, None for pureog's default) and where to write the PNG (``out``, or None; written
after the clock stops, for run.py's comparison with Next). Only ``marshal``, ``sys`` and ``time`` (built
in, already loaded by the interpreter) are imported before the clock starts, so the cold time is
everything pureog needs after interpreter start-up: importing pureog, building the Document from the
mapping and the first render. The reference gets its document the same way, already parsed (a JSON job).
Warm = the median of the next N - 1 renders. Warm, new text = the median of N - 1 renders more, each of
the card with its longest text turned by one more character (``"Hello world"``, ``"ello worldH"``, ...):
the same glyphs, the same length, new places, as a template's next title is; the documents are built
before their clocks start. It defeats what pureog keeps across renders for equal input (emoji layers,
blurs, deflated pieces, composites kept by their bytes), which the same card drawn again finds.
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


def _turned(document: dict, k: int) -> dict:
    """``document`` with its longest text string turned left by ``k`` characters (a copy)."""
    longest = ""

    def find(node: object) -> None:
        nonlocal longest
        if isinstance(node, str):
            longest = max(longest, node, key=len)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key not in ("style", "fonts", "src", "tw", "emoji", "case"):
                    find(value)
        elif isinstance(node, list):
            for value in node:
                find(value)

    def turn(node: object) -> object:
        if isinstance(node, str):
            return longest[k % len(longest):] + longest[:k % len(longest)] if node == longest else node
        if isinstance(node, dict):
            return {key: value if key in ("style", "fonts", "src", "tw", "emoji") else turn(value)
                    for key, value in node.items()}
        if isinstance(node, list):
            return [turn(value) for value in node]
        return node

    find(document.get("element"))
    return {**document, "element": turn(document.get("element"))} if longest else document


if ERROR is not None:
    print(json.dumps({"error": ERROR}))
else:
    warm = []
    for _ in range(max(0, RUNS - 1)):
        t0 = time.perf_counter()
        pureog.render_png(DOC) if LEVEL is None else pureog.render(DOC, compression=LEVEL)
        warm.append(1000 * (time.perf_counter() - t0))
    variants = [from_mapping(_turned(JOB["document"], k), base_dir=JOB["base_dir"], root=JOB["image_root"])
                for k in range(1, RUNS)]
    warm_new = []
    for variant in variants:
        t0 = time.perf_counter()
        pureog.render_png(variant) if LEVEL is None else pureog.render(variant, compression=LEVEL)
        warm_new.append(1000 * (time.perf_counter() - t0))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if JOB.get("out"):
        with open(JOB["out"], "wb") as _handle:
            _handle.write(PNG)
    print(json.dumps({"cold_ms": COLD_MS, "warm_ms": statistics.median(warm) if warm else None,
                      "warm_new_text_ms": statistics.median(warm_new) if warm_new else None,
                      "peak_mb": peak_kb / 1024, "png_bytes": len(PNG)}))
