"""Seeded generator of random layout trees, and the corpus builder for the differential layout test.

Role: random React-shaped element trees (depth <= 4, up to ~30 elements) that exercise every flexbox
input Satori 0.29 passes to Yoga: flex-direction (incl. reverse), flex-wrap (incl. wrap-reverse),
flex-grow/-shrink/-basis (px, %, auto), justify-content (all but space-evenly, which Satori rejects),
align-items/-self/-content, gap/row-gap/column-gap, margins incl. ``auto``, padding, border widths,
width/height in px and %, min/max sizes, position absolute/relative/static with insets in px and %,
display none/contents, overflow, box-sizing; leaves with fixed sizes, and a share of text leaves.

Input -> output: a seed -> cases ``{"id", "width", "height", "element"}``; with ``--out`` the cases are
laid out by the real Satori (``satori_boxes.mjs``, Node.js) and written with its boxes as a corpus
file ``{"generator": {...}, "cases": [{..., "boxes": [[x, y, w, h, type], ...]}]}``. Trees Satori
refuses are dropped (and counted). Dev tool: imports only the standard library, never :mod:`pureog`.

Usage (from the repository root)::

    python -m conformance.layout.generate --seed 1 --count 500 --out conformance/layout/corpus/part-1.json
    python -m conformance.layout.generate --seed 1 --count 3 --print      # look at a few trees
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import select
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conformance.layout.check import compare
from conformance.oracle.regenerate import has_emoji, write_emoji_set

HERE = Path(__file__).resolve().parent
HELPER = HERE / "satori_boxes.mjs"
GENERATOR_VERSION = 1
# Satori's boxes beyond this magnitude are float32 noise, not a reference: Yoga divided by the float32
# residue of a flex-factor sum (e.g. 33.3 * 0.5 summed and subtracted again), and at > 2**24 px a
# float32 cannot even hold whole pixels. Such cases are dropped (and counted), see spec/layout.md.
DEGENERATE_PX = 1e6

MAX_DEPTH = 4
MAX_NODES = 30

_WORDS = ("Hello", "world", "Ag", "layout", "Yoga", "flex", "box", "pureog", "OG", "12:30", "Lorem", "ipsum")
_CANVAS = ((200, 200), (400, 210), (300, 400), (600, 315), (250, 120))
_PX = (0, 4, 10, 12.5, 17, 20, 25, 33.3, 40, 50, 64, 80, 100, 120, 150)
_SMALL_PX = (0, 1, 2, 3, 4.5, 5, 8, 10, 12, 15.5, 20)
_PERCENT = ("10%", "25%", "33%", "33.3%", "50%", "60%", "75%", "100%")
_JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around")
_ALIGN_ITEMS = ("stretch", "flex-start", "flex-end", "center", "baseline")
_ALIGN_CONTENT = ("stretch", "flex-start", "flex-end", "center", "space-between", "space-around")


class TreeGenerator:
    """Random trees from one seeded ``random.Random`` (same seed, same trees, on every platform). The
    other generators subclass it for the seeding and the ``chance``/``pick`` draws (each seeds with its
    own string, so no two draw the same sequence)."""

    def __init__(self, seed: int | str) -> None:
        self.rng = random.Random(seed)
        self.budget = 0

    # --- values ---

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: tuple[Any, ...]) -> Any:
        return self.rng.choice(options)

    def size(self, percent_share: float = 0.25) -> Any:
        if self.chance(percent_share):
            return self.pick(_PERCENT)
        return self.pick(_PX)

    def small(self, percent_share: float = 0.1) -> Any:
        if self.chance(percent_share):
            return self.pick(("5%", "10%", "2.5%"))
        return self.pick(_SMALL_PX)

    def inset(self) -> Any:
        if self.chance(0.3):
            return self.pick(("0%", "10%", "25%", "50%", "-10%"))
        return self.pick((0, 5, 10, 12.5, 20, 33, -8, -15))

    # --- styles ---

    def box_style(self, style: dict[str, Any], is_root: bool) -> None:
        """Sizing, spacing and positioning of any element (container or leaf)."""
        rng_chance = self.chance
        if not is_root:
            if rng_chance(0.3):
                style["flexGrow"] = self.pick((0, 1, 1, 2, 0.5, 3))
            if rng_chance(0.3):
                style["flexShrink"] = self.pick((0, 1, 1, 2, 0.5))
            if rng_chance(0.2):
                style["flexBasis"] = self.pick(("auto", 0, 20, 50, 80.5, "25%", "50%", "auto"))
            if rng_chance(0.2):
                style["alignSelf"] = self.pick(_ALIGN_ITEMS)
            roll = self.rng.random()
            if roll < 0.14:
                style["position"] = "absolute"
                for side in ("top", "right", "bottom", "left"):
                    if rng_chance(0.35):
                        style[side] = self.inset()
            elif roll < 0.22:
                style["position"] = "static"
                if rng_chance(0.3):
                    style["left"] = self.inset()
            elif roll < 0.32:
                style["position"] = "relative"
                for side in ("top", "right", "bottom", "left"):
                    if rng_chance(0.3):
                        style[side] = self.inset()
        if rng_chance(0.45):
            style["width"] = self.size()
        if rng_chance(0.45):
            style["height"] = self.size()
        for prop in ("minWidth", "minHeight", "maxWidth", "maxHeight"):
            if rng_chance(0.07):
                style[prop] = self.size(0.3)
        self.spacing(style, is_root)
        if rng_chance(0.08):
            style["boxSizing"] = "content-box"
        if rng_chance(0.08):
            style["overflow"] = "hidden"

    def spacing(self, style: dict[str, Any], is_root: bool) -> None:
        if self.chance(0.3):
            if self.chance(0.3):
                style["margin"] = self.pick((5, 10, "auto", "0 auto", "auto 0", "4px 8px"))
            else:
                for side in ("Top", "Right", "Bottom", "Left"):
                    if self.chance(0.4):
                        style["margin" + side] = (
                            "auto" if not is_root and self.chance(0.25) else self.pick((0, 3, 5, 10, 12.5, -5, "5%"))
                        )
        if self.chance(0.3):
            if self.chance(0.4):
                style["padding"] = self.pick((4, 10, 12.5, "5%", "4px 10px"))
            else:
                for side in ("Top", "Right", "Bottom", "Left"):
                    if self.chance(0.4):
                        style["padding" + side] = self.small()
        if self.chance(0.15):
            if self.chance(0.5):
                style["border"] = f"{self.pick((1, 2, 3, 5))}px solid"
            else:
                for side in ("Top", "Right", "Bottom", "Left"):
                    if self.chance(0.5):
                        style[f"border{side}Width"] = self.pick((1, 2, 4, 6.5))
                        style[f"border{side}Style"] = "solid"

    def container_style(self, style: dict[str, Any]) -> None:
        if self.chance(0.6):
            style["flexDirection"] = self.pick(("row", "column", "row-reverse", "column-reverse", "column"))
        if self.chance(0.35):
            style["flexWrap"] = self.pick(("wrap", "wrap", "nowrap", "wrap-reverse"))
        if self.chance(0.45):
            style["justifyContent"] = self.pick(_JUSTIFY)
        if self.chance(0.45):
            style["alignItems"] = self.pick(_ALIGN_ITEMS)
        if self.chance(0.25):
            style["alignContent"] = self.pick(_ALIGN_CONTENT)
        if self.chance(0.2):
            key = self.pick(("gap", "rowGap", "columnGap"))
            style[key] = self.pick((4, 10, 7.5, 20)) if self.chance(0.8) else self.pick(("5%", "10%"))

    # --- elements ---

    def text_leaf(self) -> dict[str, Any]:
        words = [self.pick(_WORDS) for _ in range(self.rng.randint(1, 4))]
        style: dict[str, Any] = {"fontSize": self.pick((8, 10, 12, 14, 16, 18, 20, 24, 32, 40))}
        if self.chance(0.4):
            style["width"] = self.pick((30, 50, 80, 120, "50%"))
        self.box_style(style, False)
        return {"type": self.pick(("div", "span", "p")), "props": {"style": style, "children": " ".join(words)}}

    def element(self, depth: int, is_root: bool = False) -> dict[str, Any]:
        self.budget -= 1
        style: dict[str, Any] = {}
        can_nest = depth < MAX_DEPTH and self.budget > 0
        if not is_root and (not can_nest or self.chance(0.45)):
            if self.chance(0.25):
                return self.text_leaf()
            self.box_style(style, False)
            if "width" not in style and self.chance(0.7):
                style["width"] = self.pick(_PX)
            if "height" not in style and self.chance(0.7):
                style["height"] = self.pick(_PX)
            if self.chance(0.05):
                style["display"] = "none"
            return {"type": "div", "props": {"style": style}}
        roll = self.rng.random()
        style["display"] = "flex" if is_root or roll < 0.9 else ("none" if roll < 0.95 else "contents")
        self.container_style(style)
        self.box_style(style, is_root)
        count = self.rng.randint(1, 6 if depth < 2 else 4)
        children = []
        for _ in range(count):
            if self.budget <= 0:
                break
            children.append(self.element(depth + 1))
        return {"type": "div", "props": {"style": style, "children": children}}

    def case(self, case_id: str) -> dict[str, Any]:
        self.budget = self.rng.randint(3, MAX_NODES)
        width, height = self.pick(_CANVAS)
        return {"id": case_id, "width": width, "height": height, "element": self.element(1, is_root=True)}


def generate(seed: int, count: int, prefix: str) -> list[dict[str, Any]]:
    gen = TreeGenerator(seed)
    return [gen.case(f"{prefix}-{i:04d}") for i in range(count)]


BATCH = 100
STARTUP_S = 20.0  # Node loads Next's bundle and Yoga's WASM (slow on a busy machine)
CASE_S = 4.0  # no tree takes a tenth of this; Satori never returns on a few


def satori_boxes(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lay the cases out with the real Satori, a Node process per batch of :data:`BATCH` cases.

    Satori never returns on a few trees (its ``break-word`` loop on a box narrower than one glyph).
    The helper writes one line per finished case; when no line comes for :data:`CASE_S` seconds the
    case it is working on hung: it is reported as an error (dropped like the trees Satori refuses) and
    a new process goes on from the next case."""
    results: list[dict[str, Any]] = []
    pending = list(cases)
    while pending:
        batch = pending[:BATCH]
        done = _run_helper(batch)
        results += done
        pending = pending[len(done):]
        if len(done) < len(batch):
            hung = pending.pop(0)
            print(f"satori_boxes: no answer for {hung.get('id', '?')} (dropped)", file=sys.stderr)
            results.append({"error": "satori_boxes: no answer (timeout)"})
        print(f"satori_boxes: {len(results)}/{len(cases)}", file=sys.stderr, flush=True)
    return results


def _run_helper(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The results of the cases the helper finished: all of them, or those before the one that hung."""
    payload = json.dumps({"cases": [{k: c[k] for k in ("width", "height", "element", "fonts", "text") if k in c}
                                    for c in cases]})
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryFile("w+", encoding="utf-8") as stdin, \
            tempfile.TemporaryDirectory(prefix="pureog-twemoji-") as emoji_dir:
        stdin.write(payload)
        stdin.seek(0)
        command = ["node", str(HELPER)]
        if has_emoji(cases):  # Next draws emoji from the Twemoji CDN: serve pureog's copy as it names them
            command += ["--emoji-dir", str(write_emoji_set("twemoji", Path(emoji_dir)))]
        proc = subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)  # stderr: Satori's console warnings
        assert proc.stdout is not None
        try:
            deadline = STARTUP_S + CASE_S
            while len(results) < len(cases):
                ready, _, _ = select.select([proc.stdout], [], [], deadline)
                if not ready:
                    break  # this case hung
                line = proc.stdout.readline()
                if not line:
                    raise RuntimeError(f"satori_boxes.mjs stopped after {len(results)} of {len(cases)} cases")
                results.append(json.loads(line))
                deadline = CASE_S
        finally:
            proc.kill()
            proc.wait()
            proc.stdout.close()
    return results


def lay_out(cases: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int, int]:
    """The cases with Satori's boxes; (kept, refused by Satori, dropped as degenerate)."""
    kept = []
    refused = degenerate = 0
    for case, result in zip(cases, satori_boxes(cases), strict=True):
        if "error" in result:
            refused += 1
            continue
        if any(v is not None and abs(v) > DEGENERATE_PX for box in result["boxes"] for v in box[:4]):
            degenerate += 1
            continue
        kept.append({**case, "boxes": result["boxes"]})
    return kept, refused, degenerate


def outsider_parser(description: str) -> argparse.ArgumentParser:
    """The command line the outsider layout generators share (layoutgen6, layoutgen7): seed and count,
    a corpus written (``--out``, its first ``--keep`` trees) or re-checked (``--corpus``); each adds its
    own switch for the listed values it draws."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--out", type=Path, help="write the laid-out trees as a corpus file")
    parser.add_argument("--corpus", type=Path, help="re-check pureog on a corpus file written before")
    parser.add_argument("--keep", type=int, help="keep only the first N trees in --out")
    return parser


def lay_out_and_report(cases: list[dict[str, Any]], report: Callable[[list[dict[str, Any]]], Any],
                       out: Path | None, keep: int | None, meta: dict[str, Any]) -> None:
    """The outsider generators' run (layoutgen6, layoutgen7): Satori lays ``cases`` out (the trees it
    refuses are counted by message on stderr), ``report`` compares pureog with the rest, and ``out``, when
    given, receives the first ``keep`` of them as a corpus whose header is ``meta`` plus those counts."""
    kept = []
    refused: Counter[str] = Counter()
    for case, result in zip(cases, satori_boxes(cases), strict=True):
        if "error" in result:
            refused[result["error"][:70]] += 1
            continue
        kept.append({**case, **result})  # the boxes, and the text runs' boxes when the case asked
    print(f"Satori refused {sum(refused.values())}: {dict(refused)}", file=sys.stderr)
    report(kept)
    if out:
        chosen = kept[:keep] if keep else kept
        header = {**meta, "refused_by_satori": sum(refused.values()), "kept": len(chosen),
                  "satori": "0.29.0 (Next.js 16.4.6)"}
        out.write_text(json.dumps({"generator": header, "cases": chosen}, ensure_ascii=False), encoding="utf-8")


def run_outsider(args: argparse.Namespace, report: Callable[[list[dict[str, Any]]], Any],
                 generate_cases: Callable[[], list[dict[str, Any]]], name: str, version: int,
                 **header: Any) -> int:
    """An outsider generator's command line after its arguments are read (:func:`outsider_parser`):
    ``--corpus`` reports a corpus file again; otherwise the generated cases are laid out by Satori and
    pureog and reported (:func:`lay_out_and_report`; the corpus header: the generator's ``name`` and
    ``version``, the seed, the count and ``header``)."""
    if args.corpus:
        report(json.loads(args.corpus.read_text(encoding="utf-8"))["cases"])
        return 0
    lay_out_and_report(generate_cases(), report, args.out, args.keep,
                       {"name": name, "version": version, "seed": args.seed, "count": args.count, **header})
    return 0


def miss_kind(problem: str) -> str:
    """A layout miss's class for a generator's summary: the differing property, ``box count``, or
    pureog's error without the element's path (a miss found again without the listed values keeps its
    class)."""
    problem = re.sub(r"^\(without the listed [^)]*\) ", "", problem)
    if problem.startswith("pureog"):
        return re.sub(r"\$[.\w\[\]]*?\.(?=\w+:)", "", problem)[:70]
    if "boxes, Satori has" in problem:
        return "box count"
    return problem.split("(")[1].split(")")[0] if "(" in problem else problem[:40]


def degenerate_boxes(boxes: list[list[Any]]) -> bool:
    """Satori's boxes hold NaN (null in JSON) or lengths past 1e6 px (Yoga's float32 noise, see
    :data:`DEGENERATE_PX`): not a reference (expected_mismatches.json)."""
    return any(v is None or (isinstance(v, float) and math.isnan(v)) or abs(v) > DEGENERATE_PX
               for box in boxes for v in box[:4])



def relayout_listed(cases: list[dict[str, Any]], problems: dict[str, str | None],
                    has_listed: Callable[[Any], bool], without_listed: Callable[[Any], Any],
                    what: str = "listed values") -> tuple[set[str], set[str], dict[str, dict[str, Any]]]:
    """The misses in trees that carry a listed value (spec/differences.md), laid out again by Satori
    without it: the ids that then match (the listed difference alone), those Satori cannot lay out
    (undecided), and the variants that still miss with their boxes, whose problems replace the first
    ones in ``problems`` (prefixed "(without the {what})")."""
    suspects = [{**c, "element": without_listed(c["element"])} for c in cases
                if problems[c["id"]] and has_listed(c["element"])]
    listed: set[str] = set()
    undecided: set[str] = set()
    missing: dict[str, dict[str, Any]] = {}
    for variant, result in zip(suspects, satori_boxes(suspects) if suspects else [], strict=True):
        if "boxes" not in result:
            undecided.add(variant["id"])
        elif (problem := compare({**variant, "boxes": result["boxes"]}).problem) is None:
            listed.add(variant["id"])
        else:
            problems[variant["id"]] = f"(without the {what}) {problem}"
            missing[variant["id"]] = {**variant, "boxes": result["boxes"]}
    return listed, undecided, missing

def seeded_trees(generator: str, short: str, seed: int, count: int, prefix: str | None,
                 tree: Callable[[random.Random, str], dict[str, Any]]) -> list[dict[str, Any]]:
    """``count`` trees of ``seed`` drawn by ``tree(rng, id)`` from one generator's random stream (ids
    ``<prefix>-NNNN``, default prefix ``<short><seed>``)."""
    rng = random.Random(f"{generator}-{seed}")
    prefix = prefix or f"{short}{seed}"
    return [tree(rng, f"{prefix}-{i:04d}") for i in range(count)]


def box_and_text_problems(cases: list[dict[str, Any]]) -> tuple[dict[str, str | None], dict[str, str]]:
    """Each tree's first difference from Satori (its boxes, then its text runs) and the misses counted
    apart because Satori's boxes hold NaN or pass 1e6 px: the ``problems`` and ``apart`` of
    :func:`print_misses` for the outsider generators that report nothing else apart."""
    from conformance.layout.text_runs import text_difference  # noqa: PLC0415 - imports the renderer

    problems = {c["id"]: compare(c).problem or text_difference(c) for c in cases}
    apart = {c["id"]: "Satori's boxes hold NaN or pass 1e6 px" for c in cases
             if problems[c["id"]] and degenerate_boxes(c["boxes"])}
    return problems, apart


def print_misses(cases: list[dict[str, Any]], problems: dict[str, str | None], apart: dict[str, str]) -> list[str]:
    """An outsider generator's report: each miss counted apart (``apart``: id -> why, e.g. Satori's
    boxes NaN), each other miss, and the summary line (trees, matches, misses apart by reason, the
    other misses by class); returns the other misses' ids."""
    for miss in sorted(apart):
        print(f"  {miss} ({apart[miss]}): {problems[miss]}")
    misses = [c["id"] for c in cases if problems[c["id"]] and c["id"] not in apart]
    for miss in misses:
        print(f"  {miss}: {problems[miss]}")
    n = len(cases)
    matched = n - len(misses) - len(apart)
    reasons = ", ".join(f"{count} miss where {why}" for why, count in Counter(apart.values()).items())
    print(f"{n} trees, {matched} match ({100 * matched / max(n, 1):.1f} %){', ' + reasons if reasons else ''}, "
          f"{len(misses)} other misses: {dict(Counter(miss_kind(problems[m] or '') for m in misses))}")
    return misses


def make_corpus(header: dict[str, Any], cases: list[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """Lay ``cases`` out with Satori and drop refused / degenerate trees: (corpus, dropped count). The
    corpus header is ``header`` (generator name, version, seed, count) plus what was dropped."""
    kept, refused, degenerate = lay_out(cases)
    generator = {**header, "refused_by_satori": refused, "dropped_degenerate": degenerate,
                 "satori": "0.29.0 (Next.js 16.4.6)"}
    return {"generator": generator, "cases": kept}, refused + degenerate


def build_corpus(seed: int, count: int, prefix: str) -> tuple[dict[str, Any], int]:
    header = {"version": GENERATOR_VERSION, "seed": seed, "count": count}
    return make_corpus(header, generate(seed, count, prefix))


def write_corpus(corpus: dict[str, Any], out: Path) -> None:
    """Compact JSON, one case per line (small, and diffs stay readable)."""
    lines = [json.dumps(c, separators=(",", ":")) for c in corpus["cases"]]
    head = json.dumps(corpus["generator"], separators=(",", ":"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text('{"generator":' + head + ',"cases":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


Generator = Callable[[int, int, str], list[dict[str, Any]]]
CorpusBuilder = Callable[[int, int, str], tuple[dict[str, Any], int]]


def corpus_builder(name: str, version: int, generate_trees: Generator) -> CorpusBuilder:
    """A generator's ``build_corpus``: its trees laid out with Satori, refused and degenerate ones
    dropped; (corpus, dropped count), the header naming the generator, its version, seed and count."""

    def build(seed: int, count: int, prefix: str) -> tuple[dict[str, Any], int]:
        header = {"name": name, "version": version, "seed": seed, "count": count}
        return make_corpus(header, generate_trees(seed, count, prefix))

    return build


def run_cli(argv: list[str] | None, description: str, generate_trees: Generator, build: CorpusBuilder, *,
            default_count: int, prefix_letter: str,
            compare: Callable[[list[dict[str, Any]]], int] | None = None) -> int:
    """The command line shared by the layout generators: print trees, build a corpus with Satori, or
    (with ``compare``) lay the trees out with Satori and pureog and print the mismatches."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=default_count)
    parser.add_argument("--prefix", default=None, help=f"case id prefix (default: {prefix_letter}<seed>)")
    parser.add_argument("--out", type=Path, help="lay out with Satori and write a corpus file here")
    if compare is not None:
        parser.add_argument("--compare", action="store_true", help="lay out with Satori and pureog, print mismatches")
    parser.add_argument("--print", action="store_true", help="print the generated trees (no Satori)")
    args = parser.parse_args(argv)
    prefix = args.prefix or f"{prefix_letter}{args.seed}"
    if compare is not None and args.compare:
        return compare(generate_trees(args.seed, args.count, prefix))
    if args.print or not args.out:
        for case in generate_trees(args.seed, args.count, prefix):
            print(json.dumps(case))
        return 0
    corpus, refused = build(args.seed, args.count, prefix)
    write_corpus(corpus, args.out)
    print(f"{args.out}: {len(corpus['cases'])} cases ({refused} refused by Satori or degenerate)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__.split("\n\n")[0], generate, build_corpus, default_count=500, prefix_letter="s")


if __name__ == "__main__":
    raise SystemExit(main())
