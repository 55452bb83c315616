"""The icon-set driver: cards of real icons -> Next.js references and pureog PNGs -> pass rates per set.

Role: for each icon set (:mod:`conformance.icongen.sets`) write ``--cards`` cards (:mod:`.generate`) into
one working directory, draw their references with the real Next.js ``ImageResponse`` in batches of 40
(cached by job hash; :func:`conformance.paintgen.driver.draw_references`), render and score them with
the paint generator's workers and print the pass rate per set and per tag (``set:``, ``mode:``,
``svg:`` features, variations). With ``--split`` every failing card is drawn again one icon at a time,
which names the failing icons (``failing-icons.tsv`` in the working directory) and gives per-icon
pass rates. Dev tool, needs Node and the icon packages::

    mkdir -p /tmp/icons && cd /tmp/icons && npm install --ignore-scripts lucide-static @tabler/icons \\
        heroicons simple-icons feather-icons bootstrap-icons ionicons @phosphor-icons/core \\
        @material-design-icons/svg @primer/octicons remixicon devicon flag-icons @twemoji/svg \\
        @iconify-json/logos @iconify-json/mdi @iconify-json/fluent-emoji-flat @iconify-json/noto
    python -m conformance.icongen --icons /tmp/icons/node_modules --cards 10 --split -j 1

Card ``p<set index><seed:04d>0`` holds four icons; ``...k`` (k = 1..4) is its icon k alone.

``--slice`` writes the cards of ``--cards`` (one seed is plenty) into ``conformance/icongen/slice`` with
their references and a ``LICENSES.md`` naming each set's package, version, licence and copyright
lines; ``tests/conformance/test_icongen.py`` scores that slice without Node or the packages.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from conformance.icongen.generate import ICONS_PER_CARD, Generated, document, single
from conformance.icongen.sets import NOTICES, SET_NAMES, SLICE_SETS, IconSet, load_set
from conformance.paintgen import driver as paint
from conformance.paintgen.driver import Outcome, draw_references, evaluate, summary

SLICE_DIR = Path(__file__).resolve().parent / "slice"


def doc_id(set_index: int, seed: int, k: int = 0) -> int:
    return set_index * 100_000 + seed * 10 + k


def _write(out: Path, ident: int, gen: Generated) -> Path:
    path = out / f"p{ident:07d}.json"
    body = {"features": list(gen.features), **gen.document}
    text = json.dumps(body, ensure_ascii=False) + "\n"
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def run_slice(jobs: int = 2) -> paint.SliceResults:
    """Every committed slice card rendered and scored (the paint generator's runner, this slice)."""
    return paint.run_slice(jobs, SLICE_DIR)


def _licence_notes(loaded: dict[int, IconSet]) -> str:
    lines = ["# Icons in this slice", "",
             "The cards embed icons of these npm packages, under their licences:", ""]
    for index in sorted(loaded):
        icon_set = loaded[index]
        lines.append(f"- `{icon_set.spec.package}` {icon_set.version} ({icon_set.spec.name}): "
                     f"{NOTICES[icon_set.spec.name]}")
    return "\n".join(lines) + "\n"


def _run(paths: list[Path], features: dict[Path, tuple[str, ...]], jobs: int, oracle: bool) -> list[Outcome]:
    if oracle:
        errors = draw_references(paths)
    else:
        errors = {p: "no reference" for p in paths if not p.with_suffix(".ref.png").is_file()}
    return evaluate(paths, features, errors, jobs)


def _rates(outcomes: list[Outcome], title: str) -> str:
    by_set: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        name = next((f[4:] for f in o.features if f.startswith("set:")), "?")
        by_set[name].append(o)
    lines = [f"{title}: set                         scored  pass%  oracle-refused  errors"]
    total = [0, 0]
    for name in SET_NAMES:
        group = by_set.get(name)
        if not group:
            continue
        scored = [o for o in group if o.status != "oracle-error"]
        passed = sum(o.status == "pass" for o in scored)
        total[0] += passed
        total[1] += len(scored)
        errors = sum(o.status == "error" for o in scored)
        rate = 100 * passed / len(scored) if scored else 0.0
        lines.append(f"  {name:32s} {len(scored):5d} {rate:6.1f} {len(group) - len(scored):8d} {errors:8d}")
    if total[1]:
        lines.append(f"  {'all':32s} {total[1]:5d} {100 * total[0] / total[1]:6.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cards of real icons: pureog vs the Next.js oracle.")
    parser.add_argument("--icons", required=True, help="node_modules directory holding the icon packages")
    parser.add_argument("--sets", default=",".join(SET_NAMES), help="comma-separated set names")
    parser.add_argument("--cards", default="0:10", help="seeds per set: a:b or a count")
    parser.add_argument("--out", default="/tmp/icongen", help="working directory")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--no-oracle", action="store_true", help="score against existing references only")
    parser.add_argument("--split", action="store_true", help="draw the icons of failing cards one by one")
    parser.add_argument("--worst", type=int, default=30)
    parser.add_argument("--slice", action="store_true", help="write the cards into conformance/icongen/slice")
    parser.add_argument("--check-slice", action="store_true", help="score the committed slice (no Node)")
    args = parser.parse_args(argv)
    if args.check_slice:
        check = paint.check_slice(run_slice(max(args.jobs, 1)), {})
        print(check.summary(len(paint.slice_documents(SLICE_DIR))))
        return 1 if check.unexpected else 0
    started = time.perf_counter()
    out = SLICE_DIR if args.slice else Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    a, _, b = args.cards.partition(":")
    seeds = list(range(int(a), int(b))) if b else list(range(int(a)))
    loaded: dict[int, IconSet] = {}
    paths: list[Path] = []
    features: dict[Path, tuple[str, ...]] = {}
    names: dict[Path, tuple[str, ...]] = {}
    for name in args.sets.split(","):
        if args.slice and name not in SLICE_SETS:
            continue
        index = SET_NAMES.index(name)
        loaded[index] = load_set(Path(args.icons), name)
        print(f"{name}: {len(loaded[index].icons)} icons, {loaded[index].licence}, v{loaded[index].version}",
              file=sys.stderr)
        for seed in seeds:
            gen = document(loaded[index], seed)
            path = _write(out, doc_id(index, seed), gen)
            paths.append(path)
            features[path], names[path] = gen.features, gen.icons
    if args.slice:
        errors = draw_references(paths, compact=True)
        for path in errors:  # the slice keeps only cards Next draws
            path.unlink()
        (out / "LICENSES.md").write_text(_licence_notes(loaded), encoding="utf-8")
        paths = [p for p in paths if p not in errors]
        outcomes = evaluate(paths, features, {}, args.jobs, heatmap=False)
        print(summary(outcomes, args.worst))
        return 0
    outcomes = _run(paths, features, args.jobs, not args.no_oracle)
    print(summary(outcomes, args.worst))
    print(_rates(outcomes, "cards"))
    if args.split:
        singles: list[Path] = []
        for o in outcomes:
            if o.status in ("pass", "oracle-error"):
                continue
            index, rest = divmod(o.seed, 100_000)
            for k in range(ICONS_PER_CARD):
                gen = single(loaded[index], rest // 10, k)
                path = _write(out, o.seed + k + 1, gen)
                singles.append(path)
                features[path], names[path] = gen.features, gen.icons
        icon_outcomes = _run(singles, features, args.jobs, not args.no_oracle) if singles else []
        failing = [o for o in icon_outcomes if o.status != "pass"]
        by_name = {int(p.stem[1:]): names[p] for p in singles}
        rows = [f"{o.seed}\t{o.status}\t{o.psnr:.1f}\t{100 * o.off_share:.2f}\t{by_name[o.seed][0]}\t"
                f"{' '.join(f for f in o.features if not f.startswith('set:'))}\t{o.error[:120]}" for o in failing]
        (out / "failing-icons.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        icons_total = len(outcomes) * ICONS_PER_CARD
        per_set_fail: dict[str, int] = defaultdict(int)
        for o in failing:
            per_set_fail[next(f[4:] for f in o.features if f.startswith("set:"))] += 1
        print(f"icons: {icons_total - len(failing)}/{icons_total} drawn alone pass "
              f"(failing ones in {out / 'failing-icons.tsv'})")
        for name, count in sorted(per_set_fail.items()):
            print(f"  {name:32s} {count} failing icons")
        print(summary(icon_outcomes, args.worst) if icon_outcomes else "no failing cards")
    print(f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
