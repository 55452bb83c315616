"""The pixel-differential driver: random paint documents -> oracle and pureog PNGs -> scores by feature.

Role: for seeds ``a..b`` generate documents (:mod:`conformance.paintgen.generate`), draw their
references with the real Next.js ``ImageResponse`` (``conformance/oracle``, in batches; cached in the
output directory under the job's hash), render them with pureog (a small process pool), score each
pair (:mod:`conformance.score`) and print the pass rate, the median PSNR, the pass rate per feature
(a document fails every feature it carries, so look at the features whose rate stands out) and the
worst documents with their features. Heat maps of the failures are written next to them.

It also writes the committed slice (``--slice``): small documents and their references under
``conformance/paintgen/slice/``, which ``tests/conformance/test_paintgen.py`` checks without Node.

Dev tool: imports the oracle helpers and :mod:`pureog` (in the workers) only.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from conformance.paintgen import (
    alien,
    ceres,
    deep,
    eris,
    generate,
    jovian,
    juno,
    lunar,
    martian,
    mercurian,
    neptunian,
    outsider,
    paintimg,
    pallas,
    plutonian,
    saturnian,
    stranger,
    textpaint,
    tw,
    uranian,
    venusian,
    vesta,
    wide,
    wild,
)
from conformance.paintgen.generate import Generated

GENERATORS = {"effects": generate.document, "wide": wide.document, "tw": tw.document, "deep": deep.document,
              "deep-listed": deep.document_listed, "textpaint": textpaint.document, "wild": wild.document,
              "paintimg": paintimg.document, "outsider": outsider.document,
              "stranger": stranger.document, "alien": alien.document,
              "martian": martian.document, "venusian": venusian.document, "jovian": jovian.document,
              "saturnian": saturnian.document, "neptunian": neptunian.document,
              "uranian": uranian.document, "plutonian": plutonian.document,
              "mercurian": mercurian.document, "lunar": lunar.document, "ceres": ceres.document,
              "vesta": vesta.document, "pallas": pallas.document,
              "juno": juno.document, "eris": eris.document}
"""The document generators by name: ``effects`` (painted boxes on a canvas, the committed slice's),
``wide`` (whole cards with text, elements and layout; :mod:`conformance.paintgen.wide`), ``tw``
(cards written in Tailwind classes; :mod:`conformance.paintgen.tw`), ``deep`` (effects piled on
nested elements on odd geometry; :mod:`conformance.paintgen.deep`; ``deep-listed`` adds the colour
spellings of listed deliberate differences, to measure what they cost) and ``textpaint`` (text styling
and painting over plain layouts; :mod:`conformance.paintgen.textpaint`), ``wild`` (CSS typed as authors
and exporters type it; :mod:`conformance.paintgen.wild`), ``paintimg`` (backgrounds, images and masks;
:mod:`conformance.paintgen.paintimg`), ``outsider`` (React-shaped trees over Satori's whole property
table, written without reading the others; :mod:`conformance.paintgen.outsider`), ``stranger``
(realistic cards with random paint combinations on nested boxes, a second outsider's;
:mod:`conformance.paintgen.stranger`), ``alien`` (every value form CSS accepts, invalid ones too, a third
outsider's; :mod:`conformance.paintgen.alien`), ``martian`` (cards whose elements mix several paint
families at once, spelled as people type them, a fourth outsider's; :mod:`conformance.paintgen.martian`),
``venusian`` (whole documents: canvas sizes, fonts, emoji sets, ``debug``, ``lang`` and JSX-shaped children,
a fifth outsider's; :mod:`conformance.paintgen.venusian`), ``jovian`` (value grammars, every production and
spelling, through inline SVG presentation attributes and ``tw`` arbitrary values, a sixth outsider's;
:mod:`conformance.paintgen.jovian`), ``saturnian`` (inline ``<svg>`` structure as card authors paste it: icon sets,
defs, clips, masks, patterns, symbols, markers, filters, the ``<svg>`` element's CSS, and the same SVG as
``<img>`` and ``url()``, a seventh outsider's; :mod:`conformance.paintgen.saturnian`), ``neptunian``
(cards as code assistants and template galleries write them: long style objects of modern CSS, theme
variables, glass, glows, gradient titles, blob and grid backgrounds, with the CSS Satori ignores mixed in, an
eighth outsider's; :mod:`conformance.paintgen.neptunian`), ``uranian`` (paint geometry and stacking as a
compositor's tester writes it: nested transforms with origins, clips by radius, ``clipPath`` and masks, group
opacity, borders meeting at rounded corners, shadows on transformed boxes, absolute children in document
order, images in rounded clips, ``backgroundClip``/``backgroundOrigin``, a ninth outsider's;
:mod:`conformance.paintgen.uranian`), ``plutonian`` (cards as design tools export them: absolute layers at
fractional px, auto-layout frames with exported gap and padding, text layers with quoted family lists,
numeric weights, line heights and letter spacing in every unit, multi-layer ``background`` fills, strokes as
borders and rings, effects, rotations about the top left, data-URI images and vectors with fill rules, a
tenth outsider's; :mod:`conformance.paintgen.plutonian`), ``mercurian`` (test cards as a tester who learned CSS
from MDN writes them: for each property in Satori's table the value forms MDN's reference pages show in their
syntax blocks and interactive examples, one to four declarations on a labelled specimen holding text, a nested
box or a small PNG, an eleventh outsider's; :mod:`conformance.paintgen.mercurian`), ``lunar`` (the CSS text design
tools' inspectors print, Figma legacy and Dev Mode, Sketch, Penpot, Framer, Webflow, Tailwind, turned into style
objects as people convert it by hand or with a CSS-to-JS tool, a twelfth outsider's;
:mod:`conformance.paintgen.lunar`), ``ceres`` (pairwise interaction coverage: a greedy covering array over 27
paint features' value classes on a parent and its child, so every pair of classes meets on one element and
across parent/child within a block of fourteen seeds; from seed 10000 on, sparse rows of 3-6 factors, twelve
cells a document; :mod:`conformance.paintgen.ceres`), ``vesta`` (cards styled through a design system's theme
and tokens: shadcn/ui HSL channels, Tailwind v3 compositions and v4 palettes, Radix scales, Material 3, Open
Props, Chakra and Mantine, declared on the root, an ancestor or the element, overridden below, read with
fallbacks, ``calc()`` and ``em``/``rem`` tokens, a fourteenth outsider's; :mod:`conformance.paintgen.vesta`),
``pallas`` (every number drawn by magnitude class, zero to huge and negative, lists of up to twelve layers and ten
shadows, opacity x transform x filter x clip x mask x overflow on one element; :mod:`conformance.paintgen.pallas`),
``juno`` (which of several declarations wins: shorthands against longhands in either order, camel and kebab twins,
``tw`` under ``style``, variables read before they are declared, inherited text properties overridden below;
:mod:`conformance.paintgen.juno`), ``eris`` (few elements, nearly every paint family on each at once: radii in %,
per-side borders, overflow, layered gradients with stops past 0-100 %, background clips, inset and outset
shadows, opacity, transforms about % origins, masks, clip paths, filters; dense text, pictures, overflowing
absolute children and overlapping siblings inside; :mod:`conformance.paintgen.eris`)."""

RAW_GENERATORS = frozenset({"wild", "paintimg", "outsider", "stranger", "alien", "martian", "venusian", "jovian",
                            "saturnian", "neptunian", "uranian", "plutonian",
                            "mercurian", "lunar", "ceres", "vesta", "pallas", "juno", "eris"})
"""Generators whose documents reach the oracle as written, not as pureog read them (see
:func:`draw_references`): their point is spellings pureog might read differently from Next."""

PAINTGEN_DIR = Path(__file__).resolve().parent
SLICE_DIR = PAINTGEN_DIR / "slice"
ASSETS_DIR = PAINTGEN_DIR.parent / "assets"
CONFORMANCE_DIR = PAINTGEN_DIR.parent
BATCH = 40


@dataclasses.dataclass(frozen=True, slots=True)
class Outcome:
    seed: int
    features: tuple[str, ...]
    status: str  # "pass", "fail", "error", "oracle-error"
    psnr: float = 0.0
    off_share: float = 1.0
    error: str = ""


def _doc_path(out: Path, seed: int) -> Path:
    return out / f"p{seed:05d}.json"


def write_documents(seeds: list[int], out: Path, assets: str, small: bool,
                    generator: str = "effects") -> list[Generated]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for seed in seeds:
        gen = GENERATORS[generator](seed, assets=assets, small=small)
        body = {"features": list(gen.features), **gen.document}
        _doc_path(out, seed).write_text(json.dumps(body, indent=None, sort_keys=False) + "\n", encoding="utf-8")
        made.append(gen)
    return made


def load_slice_document(path: Path) -> dict[str, Any]:
    """A stored document without its ``features`` note (pureog rejects unknown top-level keys)."""
    body: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    body.pop("features", None)
    return body


def _read_manifest(out: Path) -> dict[str, str]:
    path = out / "manifest.json"
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return data


def compact_png(path: Path) -> None:
    """Re-encode a reference as small as pypng gets it (RGB when opaque): same pixels, fewer bytes."""
    import io  # noqa: PLC0415

    import png  # noqa: PLC0415

    from conformance.pngread import read_rgba  # noqa: PLC0415

    image = read_rgba(path)
    rows = [bytes(r) for r in image.rows]
    opaque = all(r[3::4].count(255) * 4 == len(r) for r in rows)
    if opaque:
        rows = [bytes(b for i, b in enumerate(r) if i % 4 != 3) for r in rows]
    buffer = io.BytesIO()
    png.Writer(image.width, image.height, greyscale=False, alpha=not opaque, compression=9).write(buffer, rows)
    if len(buffer.getvalue()) < path.stat().st_size:
        path.write_bytes(buffer.getvalue())


def draw_references(paths: list[Path], compact: bool = False, raw: bool = False) -> dict[Path, str]:
    """Reference PNGs next to the documents (``.ref.png``), skipping those whose job hash is unchanged
    (hashes in the directory's ``manifest.json``). Returns the oracle's error per refused document.

    ``raw``: Next is given the stored element tree as written (local images inlined), not pureog's
    export of what it loaded (``to_react``: kebab-case keys camel-cased, text scrubbed), so a spelling
    the two read differently shows as a mismatch."""
    import tempfile  # noqa: PLC0415

    from conformance.oracle.regenerate import _jsonable, build_job, job_digest, run_render  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415

    errors: dict[Path, str] = {}
    pending: list[tuple[Path, dict[str, Any], str]] = []
    if not paths:
        return errors
    out = paths[0].parent
    manifest = _read_manifest(out)
    with tempfile.TemporaryDirectory(prefix="paintgen-") as tmp:
        for path in paths:
            body = load_slice_document(path)
            doc = from_mapping(body, base_dir=str(path.parent), root=str(CONFORMANCE_DIR.parent))
            ref = path.with_suffix(".ref.png")
            job = build_job(doc, ref, Path(tmp))
            if raw:
                job["element"] = _jsonable(body["element"], str(path.parent))
            digest = job_digest(job, [f.data for f in doc.fonts])[:16]
            if ref.is_file() and manifest.get(path.name) == digest:
                continue
            pending.append((path, job, digest))
        for start in range(0, len(pending), BATCH):
            chunk = pending[start:start + BATCH]
            report = run_render([job for _, job, _ in chunk])
            by_index = {e["index"]: e for e in report["jobs"]}
            for i, (path, _job, digest) in enumerate(chunk):
                entry = by_index.get(i, {"ok": False, "error": "no result"})
                if entry.get("ok"):
                    manifest[path.name] = digest
                    if compact:
                        compact_png(path.with_suffix(".ref.png"))
                else:
                    errors[path] = str(entry.get("error", ""))
                    manifest.pop(path.name, None)
            print(f"  oracle: {min(start + BATCH, len(pending))}/{len(pending)}", file=sys.stderr)
    (out / "manifest.json").write_text(json.dumps(dict(sorted(manifest.items())), indent=0) + "\n", encoding="utf-8")
    return errors


def render_and_score(path_text: str, heatmap: bool = True) -> tuple[str, float, float, str]:
    """(status, psnr, off_share, error) of one document against its ``.ref.png``; never raises."""
    path = Path(path_text)
    try:
        import pureog  # noqa: PLC0415
        from pureog.document.load import from_mapping  # noqa: PLC0415

        loaded = from_mapping(load_slice_document(path), base_dir=str(path.parent),
                              root=str(CONFORMANCE_DIR.parent))
        png = pureog.render_png(loaded)
    except Exception as exc:  # noqa: BLE001 - a renderer failure is a failing document
        return "error", 0.0, 1.0, f"{type(exc).__name__}: {exc}"
    from conformance.score import score, write_heatmap  # noqa: PLC0415

    ref = path.with_suffix(".ref.png")
    result = score(ref, png)
    if not result.passed and heatmap:
        path.with_suffix(".out.png").write_bytes(png)
        write_heatmap(ref, png, path.with_suffix(".diff.png"))
    return ("pass" if result.passed else "fail"), result.psnr, result.off_share, result.reason


def evaluate(paths: list[Path], features: dict[Path, tuple[str, ...]], oracle_errors: dict[Path, str],
             jobs: int, heatmap: bool = True) -> list[Outcome]:
    todo = [p for p in paths if p not in oracle_errors]
    outcomes = [Outcome(int(p.stem[1:]), features[p], "oracle-error", error=oracle_errors[p])
                for p in paths if p in oracle_errors]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(render_and_score, [str(p) for p in todo], [heatmap] * len(todo)))
    else:
        results = [render_and_score(str(p), heatmap) for p in todo]
    for path, (status, psnr, off, error) in zip(todo, results, strict=True):
        outcomes.append(Outcome(int(path.stem[1:]), features[path], status, psnr, off, error))
    return sorted(outcomes, key=lambda o: o.seed)


def summary(outcomes: list[Outcome], worst: int) -> str:
    scored = [o for o in outcomes if o.status != "oracle-error"]
    passed = [o for o in scored if o.status == "pass"]
    lines = []
    if not scored:
        return "nothing scored"
    finite = [o.psnr for o in scored if o.psnr != float("inf")]
    median = statistics.median(finite) if finite else float("inf")
    lines.append(f"{len(passed)}/{len(scored)} pass ({100 * len(passed) / len(scored):.1f} %), "
                 f"median PSNR {median:.1f} dB, {len(outcomes) - len(scored)} refused by the oracle")
    by_feature: dict[str, list[Outcome]] = defaultdict(list)
    for o in scored:
        for f in o.features:
            by_feature[f].append(o)
    unlisted = [o for o in scored if not any(f.startswith("L:") for f in o.features)]
    if len(unlisted) < len(scored):  # L:<row> features: spellings of listed deliberate differences
        good = sum(o.status == "pass" for o in unlisted)
        lines.append(f"without listed differences (L:*): {good}/{len(unlisted)} pass")
    lines.append("feature                       docs  pass%   failing")
    rows = sorted(by_feature.items(), key=lambda kv: sum(o.status == "pass" for o in kv[1]) / len(kv[1]))
    for name, group in rows:
        fails = [o for o in group if o.status != "pass"]
        rate = 100 * (len(group) - len(fails)) / len(group)
        lines.append(f"{name:28s} {len(group):5d} {rate:6.1f}   {' '.join(str(o.seed) for o in fails[:12])}")
    lines.append("worst:")
    for o in sorted((o for o in scored if o.status != "pass"), key=lambda o: o.psnr)[:worst]:
        lines.append(f"  {o.seed:5d} {o.status:5s} {o.psnr:6.1f} dB {100 * o.off_share:5.1f}% off  "
                     f"{' '.join(o.features)} {o.error[:100]}")
    return "\n".join(lines)


EXPECTATIONS = PAINTGEN_DIR / "expectations.yaml"
WIDE_SLICE_DIR = PAINTGEN_DIR / "slice_wide"
WIDE_EXPECTATIONS = PAINTGEN_DIR / "expectations_wide.yaml"
TW_SLICE_DIR = PAINTGEN_DIR / "slice_tw"
TW_EXPECTATIONS = PAINTGEN_DIR / "expectations_tw.yaml"
DEEP_SLICE_DIR = PAINTGEN_DIR / "slice_deep"
DEEP_EXPECTATIONS = PAINTGEN_DIR / "expectations_deep.yaml"
TEXTPAINT_SLICE_DIR = PAINTGEN_DIR / "slice_textpaint"
TEXTPAINT_EXPECTATIONS = PAINTGEN_DIR / "expectations_textpaint.yaml"
WILD_SLICE_DIR = PAINTGEN_DIR / "slice_wild"
WILD_EXPECTATIONS = PAINTGEN_DIR / "expectations_wild.yaml"
PAINTIMG_SLICE_DIR = PAINTGEN_DIR / "slice_paintimg"
PAINTIMG_EXPECTATIONS = PAINTGEN_DIR / "expectations_paintimg.yaml"
OUTSIDER_SLICE_DIR = PAINTGEN_DIR / "slice_outsider"
OUTSIDER_EXPECTATIONS = PAINTGEN_DIR / "expectations_outsider.yaml"
STRANGER_SLICE_DIR = PAINTGEN_DIR / "slice_stranger"
STRANGER_EXPECTATIONS = PAINTGEN_DIR / "expectations_stranger.yaml"
ALIEN_SLICE_DIR = PAINTGEN_DIR / "slice_alien"
ALIEN_EXPECTATIONS = PAINTGEN_DIR / "expectations_alien.yaml"
MARTIAN_SLICE_DIR = PAINTGEN_DIR / "slice_martian"
MARTIAN_EXPECTATIONS = PAINTGEN_DIR / "expectations_martian.yaml"
VENUSIAN_SLICE_DIR = PAINTGEN_DIR / "slice_venusian"
VENUSIAN_EXPECTATIONS = PAINTGEN_DIR / "expectations_venusian.yaml"
JOVIAN_SLICE_DIR = PAINTGEN_DIR / "slice_jovian"
JOVIAN_EXPECTATIONS = PAINTGEN_DIR / "expectations_jovian.yaml"
SATURNIAN_SLICE_DIR = PAINTGEN_DIR / "slice_saturnian"
SATURNIAN_EXPECTATIONS = PAINTGEN_DIR / "expectations_saturnian.yaml"
NEPTUNIAN_SLICE_DIR = PAINTGEN_DIR / "slice_neptunian"
NEPTUNIAN_EXPECTATIONS = PAINTGEN_DIR / "expectations_neptunian.yaml"
URANIAN_SLICE_DIR = PAINTGEN_DIR / "slice_uranian"
URANIAN_EXPECTATIONS = PAINTGEN_DIR / "expectations_uranian.yaml"
PLUTONIAN_SLICE_DIR = PAINTGEN_DIR / "slice_plutonian"
PLUTONIAN_EXPECTATIONS = PAINTGEN_DIR / "expectations_plutonian.yaml"
MERCURIAN_SLICE_DIR = PAINTGEN_DIR / "slice_mercurian"
MERCURIAN_EXPECTATIONS = PAINTGEN_DIR / "expectations_mercurian.yaml"
LUNAR_SLICE_DIR = PAINTGEN_DIR / "slice_lunar"
LUNAR_EXPECTATIONS = PAINTGEN_DIR / "expectations_lunar.yaml"
CERES_SLICE_DIR = PAINTGEN_DIR / "slice_ceres"
CERES_EXPECTATIONS = PAINTGEN_DIR / "expectations_ceres.yaml"
VESTA_SLICE_DIR = PAINTGEN_DIR / "slice_vesta"
VESTA_EXPECTATIONS = PAINTGEN_DIR / "expectations_vesta.yaml"
PALLAS_SLICE_DIR = PAINTGEN_DIR / "slice_pallas"
PALLAS_EXPECTATIONS = PAINTGEN_DIR / "expectations_pallas.yaml"
JUNO_SLICE_DIR = PAINTGEN_DIR / "slice_juno"
JUNO_EXPECTATIONS = PAINTGEN_DIR / "expectations_juno.yaml"
ERIS_SLICE_DIR = PAINTGEN_DIR / "slice_eris"
ERIS_EXPECTATIONS = PAINTGEN_DIR / "expectations_eris.yaml"
SLICES = {"effects": (SLICE_DIR, EXPECTATIONS), "wide": (WIDE_SLICE_DIR, WIDE_EXPECTATIONS),
          "tw": (TW_SLICE_DIR, TW_EXPECTATIONS), "deep": (DEEP_SLICE_DIR, DEEP_EXPECTATIONS),
          "deep-listed": (DEEP_SLICE_DIR, DEEP_EXPECTATIONS),
          "textpaint": (TEXTPAINT_SLICE_DIR, TEXTPAINT_EXPECTATIONS), "wild": (WILD_SLICE_DIR, WILD_EXPECTATIONS),
          "paintimg": (PAINTIMG_SLICE_DIR, PAINTIMG_EXPECTATIONS),
          "outsider": (OUTSIDER_SLICE_DIR, OUTSIDER_EXPECTATIONS),
          "stranger": (STRANGER_SLICE_DIR, STRANGER_EXPECTATIONS),
          "alien": (ALIEN_SLICE_DIR, ALIEN_EXPECTATIONS),
          "martian": (MARTIAN_SLICE_DIR, MARTIAN_EXPECTATIONS),
          "venusian": (VENUSIAN_SLICE_DIR, VENUSIAN_EXPECTATIONS),
          "jovian": (JOVIAN_SLICE_DIR, JOVIAN_EXPECTATIONS),
          "saturnian": (SATURNIAN_SLICE_DIR, SATURNIAN_EXPECTATIONS),
          "neptunian": (NEPTUNIAN_SLICE_DIR, NEPTUNIAN_EXPECTATIONS),
          "uranian": (URANIAN_SLICE_DIR, URANIAN_EXPECTATIONS),
          "plutonian": (PLUTONIAN_SLICE_DIR, PLUTONIAN_EXPECTATIONS),
          "mercurian": (MERCURIAN_SLICE_DIR, MERCURIAN_EXPECTATIONS),
          "lunar": (LUNAR_SLICE_DIR, LUNAR_EXPECTATIONS),
          "ceres": (CERES_SLICE_DIR, CERES_EXPECTATIONS),
          "vesta": (VESTA_SLICE_DIR, VESTA_EXPECTATIONS),
          "pallas": (PALLAS_SLICE_DIR, PALLAS_EXPECTATIONS),
          "juno": (JUNO_SLICE_DIR, JUNO_EXPECTATIONS),
          "eris": (ERIS_SLICE_DIR, ERIS_EXPECTATIONS)}
"""Each generator's committed slice (small canvases, checked by tests/conformance) and its known
failures."""


SliceResults = dict[str, tuple[str, float, float, str]]
"""A slice run: document name -> (status, PSNR, share of pixels off, error)."""


def slice_documents(slice_dir: Path = SLICE_DIR) -> list[Path]:
    return sorted(slice_dir.glob("p*.json"))


def run_slice(jobs: int = 2, slice_dir: Path = SLICE_DIR) -> SliceResults:
    """Every committed slice document (of ``slice_dir``: the SVG generator has its own) rendered and
    scored: ``name -> (status, psnr, off_share, error)``."""
    paths = [str(p) for p in slice_documents(slice_dir)]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(render_and_score, paths, [False] * len(paths), chunksize=8))
    else:
        results = [render_and_score(p, False) for p in paths]
    return {Path(p).stem: r for p, r in zip(paths, results, strict=True)}


@dataclasses.dataclass(frozen=True, slots=True)
class SliceCheck:
    """A slice run against its expectations: listed documents the slice lacks, listed ones that pass
    now (remove them: the list only shrinks), and failures nobody listed."""

    passed: int
    unknown: list[str]
    now_passing: list[str]
    unexpected: SliceResults

    def describe_unexpected(self) -> str:
        return "\n".join(f"  {n}: {s} PSNR {p:.1f} dB, {100 * o:.1f}% off {e}"
                         for n, (s, p, o, e) in sorted(self.unexpected.items()))

    def summary(self, total: int) -> str:
        return (f"slice: {self.passed}/{total} pass; unexpected failures: {sorted(self.unexpected)}; "
                f"now passing: {self.now_passing}")


def check_slice(results: SliceResults, expected: dict[str, str]) -> SliceCheck:
    """Compare a slice run (:func:`run_slice`) with its expectations (:func:`load_expectations`)."""
    return SliceCheck(
        passed=sum(r[0] == "pass" for r in results.values()),
        unknown=sorted(set(expected) - set(results)),
        now_passing=sorted(n for n in expected if n in results and results[n][0] == "pass"),
        unexpected={n: r for n, r in results.items() if r[0] != "pass" and n not in expected},
    )


def load_expectations(path: Path = EXPECTATIONS) -> dict[str, str]:
    """``document name -> why it fails`` for the slice's known failures."""
    import yaml  # noqa: PLC0415

    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return {str(k): str(v) for k, v in (data or {}).items()}


def write_expectations(results: SliceResults, path: Path = EXPECTATIONS) -> None:
    """Rewrite the expectations from a slice run, keeping hand-written reasons of still-failing ones."""
    import yaml  # noqa: PLC0415

    old = load_expectations(path)
    new = {}
    for name, (status, psnr, off, error) in sorted(results.items()):
        if status != "pass":
            new[name] = old.get(name) or error or f"PSNR {psnr:.1f} dB, {100 * off:.1f}% pixels off"
    header = ("# Known failures of the committed paintgen slice (tests/conformance/test_paintgen.py):\n"
              "# document name -> cause. Regenerate with `python -m conformance.paintgen --check-slice "
              "--write-expectations`.\n")
    path.write_text(header + yaml.safe_dump(new, sort_keys=True, width=110, allow_unicode=True), encoding="utf-8")


def _seeds(text: str) -> list[int]:
    if ":" in text:
        a, b = text.split(":")
        return list(range(int(a), int(b)))
    return [int(s) for s in text.split(",")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Random paint documents: pureog vs the Next.js oracle.")
    parser.add_argument("--seeds", default="0:100", help="a:b (half-open range) or a,b,c")
    parser.add_argument("--out", default="/tmp/paintgen", help="working directory (documents, refs, diffs)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="pureog worker processes")
    parser.add_argument("--small", action="store_true", help="small canvases (as the committed slice)")
    parser.add_argument("--generator", choices=sorted(GENERATORS), default="effects",
                        help="which random documents (default: effects, the committed slice's)")
    parser.add_argument("--worst", type=int, default=25)
    parser.add_argument("--no-oracle", action="store_true", help="score against existing references only")
    parser.add_argument("--slice", action="store_true",
                        help="write the documents into the generator's committed slice (small canvases)")
    parser.add_argument("--json", help="write the outcomes here")
    parser.add_argument("--ablate", action="store_true",
                        help="for each failure, name the effect families whose removal makes it pass (uses Node)")
    parser.add_argument("--check-slice", action="store_true", help="score the committed slice (no Node)")
    parser.add_argument("--write-expectations", action="store_true", help="with --check-slice: rewrite them")
    args = parser.parse_args(argv)
    slice_dir, expectations = SLICES[args.generator]
    if args.check_slice:
        results = run_slice(max(args.jobs, 1), slice_dir)
        check = check_slice(results, load_expectations(expectations))
        print(check.summary(len(results)))
        if args.write_expectations:
            write_expectations(results, expectations)
        return 1 if check.unexpected else 0
    seeds = _seeds(args.seeds)
    if args.slice:
        out, assets, small = slice_dir, "../../assets", True
    else:
        # pureog reads images only by paths relative to the document
        out = Path(args.out).resolve()  # the oracle writes references next to absolute paths
        assets, small = os.path.relpath(ASSETS_DIR, out), args.small
    started = time.perf_counter()
    made = write_documents(seeds, out, assets, small, args.generator)
    paths = [_doc_path(out, g.seed) for g in made]
    features = {_doc_path(out, g.seed): g.features for g in made}
    if args.no_oracle:  # rescoring: documents the oracle refused earlier have no reference
        oracle_errors = {p: "no reference (refused by the oracle)" for p in paths
                         if not p.with_suffix(".ref.png").is_file()}
    else:
        oracle_errors = draw_references(paths, compact=args.slice, raw=args.generator in RAW_GENERATORS)
    for path in oracle_errors:
        if args.slice:  # the slice keeps only documents the oracle draws
            path.unlink()
    outcomes = evaluate(paths, features, oracle_errors, args.jobs, heatmap=not args.slice)
    print(summary(outcomes, args.worst))
    if args.ablate:
        from conformance.paintgen.ablate import ablate  # noqa: PLC0415

        failed = [_doc_path(out, o.seed) for o in outcomes if o.status == "fail"]
        # a sibling directory: the documents' relative asset paths stay valid
        for name, families in sorted(ablate(failed, out.parent / f"{out.name}-ablate").items()):
            print(f"  {name}: passes without {', '.join(families) if families else '(no single family)'}")
    print(f"{time.perf_counter() - started:.1f} s")
    if args.json:
        Path(args.json).write_text(json.dumps([dataclasses.asdict(o) for o in outcomes], indent=1))
    return 0


def run_table(paths: list[Path], jobs: int, what: str) -> int:
    """A sweep's table run (``sweep.py``, ``textsweep.py``): references drawn, each document scored,
    the ones that do not pass printed with their class (their first feature), then how many of those
    the oracle draws match. Returns the exit status (0: the table ran)."""
    features = {p: tuple(json.loads(p.read_text(encoding="utf-8"))["features"]) for p in paths}
    errors = draw_references(paths)
    outcomes = evaluate(paths, features, errors, jobs)
    for o in outcomes:
        if o.status != "pass":
            print(f"{o.seed:4d} {o.status:12s} {o.psnr:5.1f} dB  {o.features[0]}  {(o.error or '')[:100]}")
    passed = sum(o.status == "pass" for o in outcomes)
    refused = sum(o.status == "oracle-error" for o in outcomes)
    print(f"{passed} of {len(outcomes) - refused} {what} the oracle draws match ({refused} refused by Next)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
