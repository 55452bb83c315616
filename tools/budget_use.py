"""What the real cards spend of the render budgets (a check, not a test): each card of
``conformance/cases/cards-real`` and the bench cards rendered once in this process, and its paint work
(:func:`pureog.limits.charge_paint`) printed against its canvas's budget (:func:`paint_work_limit`),
busiest first. A change of a ``PAINT_WORK_*`` weight must keep every real card well inside its budget
(spec/limits.md: none may come near it).

Run ``PYTHONPATH=$PWD python tools/budget_use.py [--top N] [--warm] [FILTER...]`` from the repository
(FILTER: a substring of a case's path). A card refused by a limit is listed as such (that is a finding).
``--warm``: each card drawn cold (every cache cleared) and again warm; a card whose paint work differs is
listed (a finding: a kept result that does not charge what making it charged, spec/limits.md "results
kept across renders").
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ("examples/welcome.yaml", "examples/my-site.yaml", "conformance/cases/cards/blog.yaml",
         "conformance/cases/cards/korean.yaml", "conformance/cases/cards/effects.yaml",
         *(f"bench/cards/{n}.yaml" for n in ("photo", "stat-grid", "cjk", "emoji", "shadows", "browser",
                                             "browser-next", "scripts")))


def _paths(filters: list[str]) -> list[Path]:
    paths = sorted((ROOT / "conformance/cases/cards-real").glob("*.yaml")) + [ROOT / p for p in BENCH]
    return [p for p in paths if not filters or any(f in str(p) for f in filters)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filters", nargs="*")
    parser.add_argument("--top", type=int, default=20, help="cards to print, busiest share first")
    parser.add_argument("--warm", action="store_true", help="draw each card cold and warm; list those that differ")
    args = parser.parse_args(argv)

    import pureog  # noqa: PLC0415
    from conformance.casefile import CASES_DIR, read_case  # noqa: PLC0415
    from pureog import limits  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415
    from pureog.raster import render as raster_render  # noqa: PLC0415

    spent: list[tuple[int, int]] = []
    original = raster_render.paint_budget

    @contextmanager
    def recording(width: int, height: int) -> Iterator[None]:
        with original(width, height):
            try:
                yield
            finally:
                account = limits._PAINT.get()  # noqa: SLF001 - the account as the render left it
                if account is not None:
                    spent.append((account[0], account[1]))

    raster_render.paint_budget = recording  # type: ignore[assignment]
    rows: list[tuple[float, int, int, str, float]] = []
    refused: list[str] = []
    differing: list[str] = []
    for path in _paths(args.filters):
        spent.clear()
        started = time.process_time()
        try:
            if "cards-real" in str(path) or "conformance/cases" in str(path):
                info, document = read_case(path)
                doc = from_mapping(document, base_dir=str(info.path.parent), root=str(CASES_DIR.parent))
            else:
                doc = pureog.load_file(path)
            if args.warm:
                pureog.clear_caches()
            pureog.render_png(doc)
            if args.warm:
                cold = list(spent)
                spent.clear()
                pureog.render_png(doc)
                if spent != cold:
                    differing.append(f"{path.relative_to(ROOT)}: cold {cold}, warm {spent}")
                spent[:] = cold
        except pureog.PureogError as exc:
            refused.append(f"{path.relative_to(ROOT)}: {type(exc).__name__}: {exc}")
            continue
        cpu = time.process_time() - started
        work = sum(s for s, _ in spent)
        limit = max((lim for _, lim in spent), default=limits.MAX_PAINT_WORK)
        rows.append((work / limit, work, limit, str(path.relative_to(ROOT)), cpu))
    rows.sort(reverse=True)
    print(f"{len(rows)} cards rendered, {len(refused)} refused")
    for share, work, limit, name, cpu in rows[:args.top]:
        print(f"{share:6.1%} {work / 1e6:9.1f} M of {limit / 1e6:7.0f} M  {cpu:5.2f} s  {name}")
    for line in refused:
        print("REFUSED", line)
    for line in differing:
        print("WARM DIFFERS", line)
    return 1 if refused or differing else 0


if __name__ == "__main__":
    sys.exit(main())
