"""The input-form differential: every base card in every input form, Next.js vs pureog.

Role: cards (:mod:`.cards`) x forms (:mod:`.forms`) -> the raw tree sent to the real Next.js
``ImageResponse`` (``conformance/oracle/render.mjs``; *not* through pureog's ``to_react``, so the
reference reads the input exactly as a user's JSX dump reaches it) and the form's source rendered by
pureog -> one outcome per document:

* ``pass``: both draw, and the images match (the suite's thresholds, :mod:`conformance.score`);
* ``pass-error``: Next.js throws and pureog raises a ``PureogError`` naming an element path;
* ``deviation``: Next.js throws and pureog draws (``spec/differences.md`` must list the input);
* ``mismatch``, ``false-error`` (pureog raises where Next draws), ``crash`` (any other exception),
  ``pathless-error`` (a ``PureogError`` without an element path).

References are cached in the output directory by the job's hash. ``--slice DIR`` writes the documents
(``<card>.<form>.json``: pureog's source, dict or text, and the outcome to keep) with the references of
those that must match, for ``tests/conformance/test_formgen.py``, which checks them without Node.

Usage (from the repository root; needs Node.js and the oracle's ``npm ci``)::

    python -m conformance.formgen                          # all cards x forms, table by class
    python -m conformance.formgen --only numbers,shorthand --out /tmp/formgen
    python -m conformance.formgen --slice conformance/formgen/slice --names title.identity,...

Dev tool: the oracle helpers, :mod:`conformance.score` and :mod:`pureog`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.formgen.cards import HEIGHT, WIDTH, cards
from conformance.formgen.forms import Variant
from conformance.formgen.forms_extra import ALL_FORMS
from conformance.paintgen.driver import compact_png

ROOT = Path(__file__).resolve().parents[2]
SLICE_DIR = Path(__file__).resolve().parent / "slice"


@dataclass(frozen=True)
class Outcome:
    name: str
    group: str
    status: str
    detail: str = ""


def variants(only: set[str] | None = None) -> dict[str, tuple[str, Variant]]:
    """``card.form`` -> (the form's class, its variant), in a fixed order."""
    out: dict[str, tuple[str, Variant]] = {}
    for form in ALL_FORMS:
        if only and form.name not in only:
            continue
        for card, tree in cards().items():
            variant = form.make(tree)
            if variant is not None:
                out[f"{card}.{form.name}"] = (form.group, variant)
    return out


def _job(element: dict[str, Any], out: Path, font_path: str) -> dict[str, Any]:
    return {"out": str(out), "width": WIDTH, "height": HEIGHT, "emoji": "twemoji", "debug": False,
            "fonts": [{"name": "geist", "path": font_path, "weight": 400, "style": "normal"}],
            "element": element}


def references(docs: dict[str, tuple[str, Variant]], out: Path) -> dict[str, str]:
    """Draws each variant's raw tree with Next.js (cached by content); name -> PNG path or ``error: ...``."""
    from conformance.oracle.regenerate import run_render  # noqa: PLC0415  (needs Node only here)

    font_path = str(ROOT / "pureog" / "fonts" / "Geist-Regular.ttf")
    results: dict[str, str] = {}
    jobs: list[dict[str, Any]] = []
    names: list[str] = []
    for name, (_, variant) in docs.items():
        digest = hashlib.sha256(json.dumps(variant.element, sort_keys=True).encode()).hexdigest()[:16]
        png, err = out / f"ref-{digest}.png", out / f"ref-{digest}.err"
        if png.exists():
            results[name] = str(png)
        elif err.exists():
            results[name] = "error: " + err.read_text(encoding="utf-8")
        else:
            jobs.append(_job(variant.element, png, font_path))
            names.append(name)
    if jobs:
        report = run_render(jobs)
        for entry in report["jobs"]:
            name, png = names[entry["index"]], Path(jobs[entry["index"]]["out"])
            if entry.get("ok", True) and png.exists():
                results[name] = str(png)
            else:
                png.with_suffix(".err").write_text(str(entry.get("error", "failed")), encoding="utf-8")
                results[name] = "error: " + str(entry.get("error", "failed"))
    return results


def render_pureog(source: Any) -> tuple[bytes | None, str, list[str]]:
    """pureog's PNG (or None), the error text (``Class: path: message``) and the warnings."""
    import pureog  # noqa: PLC0415

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if isinstance(source, str):
                png = pureog.render_png(source)
            else:
                png = pureog.render_png(source, width=WIDTH, height=HEIGHT)
        except pureog.PureogError as exc:
            return None, f"{type(exc).__name__}: {getattr(exc, 'path', '') or ''}: {exc}", []
        except Exception as exc:  # noqa: BLE001  (a crash is an outcome to report)
            return None, f"crash {type(exc).__name__}: {exc}", []
    return png, "", [str(w.message) for w in caught]


def judge(name: str, group: str, source: Any, reference: str) -> Outcome:
    """One document's outcome (see the module docstring)."""
    from conformance.score import score  # noqa: PLC0415

    png, error, _ = render_pureog(source)
    if reference.startswith("error: "):
        if png is not None:
            return Outcome(name, group, "deviation", reference[7:120])
        if error.startswith("crash"):
            return Outcome(name, group, "crash", error)
        return Outcome(name, group, "pass-error" if ": $" in error else "pathless-error", error[:160])
    if png is None:
        return Outcome(name, group, "crash" if error.startswith("crash") else "false-error", error[:160])
    result = score(Path(reference).read_bytes(), png)
    status = "pass" if result.passed else "mismatch"
    return Outcome(name, group, status, f"{result.psnr:.1f} dB, {result.off_share:.2%} off")


def summary(outcomes: list[Outcome]) -> str:
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        by_group[o.group][o.status] += 1
    good = ("pass", "pass-error", "deviation")
    lines = [f"{'class':10} {'docs':>5} {'ok':>5}  statuses"]
    for group, counts in sorted(by_group.items()):
        total = sum(counts.values())
        ok = sum(counts[s] for s in good)
        lines.append(f"{group:10} {total:5} {ok:5}  " + ", ".join(f"{s} {n}" for s, n in sorted(counts.items())))
    total = len(outcomes)
    ok = sum(o.status in good for o in outcomes)
    lines.append(f"{'all':10} {total:5} {ok:5}  ({ok / max(total, 1):.1%})")
    lines += [f"  {o.status:14} {o.name}: {o.detail}" for o in outcomes if o.status not in ("pass", "pass-error")]
    return "\n".join(lines)


def write_slice(docs: dict[str, tuple[str, Variant]], refs: dict[str, str], outcomes: dict[str, Outcome],
                directory: Path) -> None:
    """Each document's pureog source, its outcome to keep (``expect``) and its reference PNG under
    ``directory``; :func:`check_slice_document` checks one without Node."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, (group, variant) in docs.items():
        expect = {"pass": "match", "pass-error": "error", "deviation": "draw"}[outcomes[name].status]
        body = {"group": group, "expect": expect, "source": variant.source}
        if expect != "match":
            body["reference"] = refs[name][7:]  # what Next.js threw
        (directory / f"{name}.json").write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
        if expect == "match":
            shutil.copyfile(refs[name], directory / f"{name}.ref.png")
            compact_png(directory / f"{name}.ref.png")


def slice_documents(directory: Path = SLICE_DIR) -> list[Path]:
    return sorted(directory.glob("*.json"))


def check_slice_document(path: Path) -> str:
    """'' when pureog still does what the slice document expects, else what it does instead."""
    from conformance.score import score  # noqa: PLC0415

    body = json.loads(path.read_text(encoding="utf-8"))
    png, error, _ = render_pureog(body["source"])
    if body["expect"] == "error":
        named = png is None and ": $" in error
        return "" if named else f"expected a PureogError naming a path, got {error or 'an image'}"
    if png is None:
        return f"expected an image, got {error}"
    if body["expect"] == "match":
        result = score(path.with_suffix(".ref.png").read_bytes(), png)
        if not result.passed:
            return f"{result.psnr:.1f} dB, {result.off_share:.2%} off"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated form names")
    parser.add_argument("--out", default=str(ROOT / "conformance" / "paintgen" / "_scratch" / "formgen"))
    parser.add_argument("--slice", help="write the named documents (--names) as a slice to this directory")
    parser.add_argument("--names", help="comma-separated card.form names for --slice")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    docs = variants(set(args.only.split(",")) if args.only else None)
    if args.names:
        wanted = args.names.split(",")
        docs = {name: docs[name] for name in wanted}
    refs = references(docs, out)
    outcomes = [judge(name, group, variant.source, refs[name]) for name, (group, variant) in docs.items()]
    if args.slice:
        write_slice(docs, refs, {o.name: o for o in outcomes}, Path(args.slice))
    print(summary(outcomes))
    (out / "outcomes.json").write_text(json.dumps([o.__dict__ for o in outcomes], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
