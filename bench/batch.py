"""Benchmark (not a test): pureog's batch throughput, cards per second for N template renders on J cores.

Role: a template document (examples/blog-template.yaml, spec/templates.md) and N data items
-> N PNGs written to a temporary directory by a ``multiprocessing`` pool of J worker processes; prints
the wall time and the cards per second. Each item is what ``pureog render TEMPLATE --data items.json
--each`` does for one list entry: the template loaded with the item as its data (``pureog.load``),
rendered (``pureog.render_png``) and written to a file; each worker parses the template file once, as a
server holding its template would (``--each`` re-reads it per item, a few ms of YAML).

Items: ``examples/blog-posts.json`` cycled, each copy with its own slug, title suffix, date and accent,
so that no two cards are the same picture (titles of 2 to 3 lines at 72 px, 0 to 4 tags, with and
without the author's role).

The clock covers the whole batch as a user would see it: starting the pool (``fork``, then
``import pureog`` in each worker), every render and every file write, until the last PNG is written.
"Per card" is the mean time one worker spent on an item (load + render + write), so
``workers * 1000 / per_card`` is the rate without start-up. Memory: the workers' peak RSS after the
first tenth of the items and after all of them (equal when no cache grows with the number of renders).

Run from the repository root: ``python bench/batch.py [-n 1000] [-j 2] [--json out.json]``;
``python bench/run.py --batch`` runs it with the defaults after the card table. Imports pureog only in
the worker processes.
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
TEMPLATE = REPO / "examples" / "blog-template.yaml"
POSTS = REPO / "examples" / "blog-posts.json"
DEFAULT_ITEMS = 1000
DEFAULT_WORKERS = 2
ACCENTS = ("#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed")


def make_items(count: int) -> list[dict[str, Any]]:
    """``count`` data items for the blog template, derived from examples/blog-posts.json."""
    posts = json.loads(POSTS.read_text(encoding="utf-8"))
    first = datetime.date(2025, 1, 1)
    items = []
    for i in range(count):
        item = dict(posts[i % len(posts)])
        item["slug"] = f"{item['slug']}-{i + 1}"
        item["title"] = f"{item['title']} (part {i // len(posts) + 1})"
        item["date"] = (first + datetime.timedelta(days=i % 365)).isoformat()
        item["accent"] = ACCENTS[i % len(ACCENTS)]
        items.append(item)
    return items


# --- the worker processes -----------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(template: str, out_dir: str) -> None:
    """Import pureog and parse the template once per worker process."""
    import pureog
    from pureog.document.load import parse_text

    path = Path(template)
    _WORKER.update(pureog=pureog, mapping=parse_text(path.read_text(encoding="utf-8"), name=str(path)),
                   base_dir=str(path.parent), out_dir=out_dir)


def _render_item(item: dict[str, Any]) -> tuple[int, float, float]:
    """Load, render and write one card; returns (PNG bytes, seconds spent, the worker's peak RSS in MB
    so far)."""
    start = time.perf_counter()
    pureog = _WORKER["pureog"]
    document = pureog.load(_WORKER["mapping"], data=item, base_dir=_WORKER["base_dir"])
    png = pureog.render_png(document)
    with open(os.path.join(_WORKER["out_dir"], f"{item['slug']}.png"), "wb") as handle:
        handle.write(png)
    seconds = time.perf_counter() - start
    return len(png), seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_batch(count: int = DEFAULT_ITEMS, workers: int = DEFAULT_WORKERS) -> dict[str, Any]:
    """Render ``count`` items of the blog template on ``workers`` processes; the numbers as a dict."""
    items = make_items(count)
    with tempfile.TemporaryDirectory(prefix="pureog-batch-") as out_dir:
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(workers, _init_worker, (str(TEMPLATE), out_dir)) as pool:
            done = pool.map(_render_item, items, chunksize=max(1, count // (workers * 20)))
        wall = time.perf_counter() - start
    # pool.map hands the items out in order, so the first tenth was rendered early and the last late:
    # the workers' peak RSS by then says whether memory grows with the number of renders (caches bounded).
    tenth = max(1, count // 10)
    return {"template": TEMPLATE.relative_to(REPO).as_posix(), "cards": count, "workers": workers,
            "cpus": os.cpu_count(), "wall_s": wall, "cards_per_s": count / wall,
            "per_card_ms": 1000 * statistics.fmean(seconds for _, seconds, _ in done),
            "png_kb": statistics.fmean(size for size, _, _ in done) / 1024,
            "peak_rss_mb_first_tenth": max(rss for _, _, rss in done[:tenth]),
            "peak_rss_mb": max(rss for _, _, rss in done)}


def describe(result: dict[str, Any]) -> str:
    """One line for a :func:`run_batch` result."""
    return (f"batch: {result['cards']} renders of {result['template']} on {result['workers']} worker processes "
            f"({result['cpus']} CPUs): {result['wall_s']:.1f} s wall, {result['cards_per_s']:.1f} cards/s "
            f"(start-up included); {result['per_card_ms']:.0f} ms per card per worker (load + render + write), "
            f"PNG {result['png_kb']:.1f} KB on average; peak RSS per worker {result['peak_rss_mb_first_tenth']:.0f} MB "
            f"after the first tenth of the cards, {result['peak_rss_mb']:.0f} MB after all")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--items", type=int, default=DEFAULT_ITEMS, help=f"cards (default {DEFAULT_ITEMS})")
    parser.add_argument("-j", "--workers", type=int, default=DEFAULT_WORKERS,
                        help=f"worker processes (default {DEFAULT_WORKERS})")
    parser.add_argument("--json", help="also write the numbers as JSON here")
    args = parser.parse_args(argv)
    result = run_batch(args.items, args.workers)
    print(describe(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
