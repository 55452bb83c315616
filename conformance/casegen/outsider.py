"""Outsider cases: one property, value form or interaction each, as someone who only read Satori's table writes them.

Role: a dev tool that writes ~300 small case documents (the conformance case format, ``case:`` block
included) property by property through ``/work/shared/reference/satori.md`` (edge values: 0, negative,
percentages of indefinite sizes, ``auto``, mixed units; interactions: the property on ``<img>``, on text,
on an absolutely positioned box, under a transformed or clipped parent, with borderRadius and opacity;
spellings: shorthands against longhands; document options: font weights/styles and fallback order,
emoji sets, ``debug``, ``lang``, ``tw``), draws Next's references with the oracle and scores pureog
against them with the suite's thresholds. A case that finds something is copied into
``conformance/cases/<area>/`` by hand (with its reference redrawn by ``regenerate.py``).

Usage (from the repository root; needs Node and the oracle)::

    python -m conformance.casegen.outsider                 # write, draw references, score all
    python -m conformance.casegen.outsider border radius   # only cases whose area/name has a filter
    python -m conformance.casegen.outsider --no-oracle     # rescore against the references drawn before

Documents go to ``conformance/_outsider/<area>/<name>.yaml`` (ignored by git); the oracle's manifest
entries for them are dropped again after drawing.
"""

# ruff: noqa: E501  (one long line lists the rounds)
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from conformance.casegen import CaseSpec
from conformance.casegen.outsider_cases import (
    CONFORMANCE_DIR,
    OUT,
    border_cases,
    effect_cases,
    font_cases,
    layout_cases,
    misc_cases,
    paint_cases,
    radius_cases,
    text_cases,
)
from conformance.casegen.outsider_rounds import (
    round_eight,
    round_eleven,
    round_five,
    round_four,
    round_nine,
    round_seven,
    round_six,
    round_ten,
    round_three,
    round_two,
)


def all_cases() -> list[CaseSpec]:
    found = layout_cases() + border_cases() + radius_cases() + text_cases() + font_cases() + paint_cases() + effect_cases() + misc_cases() + round_two() + round_three() + round_four() + round_five() + round_six() + round_seven() + round_eight() + round_nine() + round_ten() + round_eleven()
    seen: set[tuple[str, str]] = set()
    for spec in found:
        if (spec.area, spec.name) in seen:
            raise ValueError(f"duplicate outsider case {spec.area}/{spec.name}")
        seen.add((spec.area, spec.name))
    return found


def write(specs: list[CaseSpec], out: Path) -> list[Path]:
    paths = []
    for spec in specs:
        path = out / spec.area / f"{spec.name}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        doc = spec.document()
        doc["element"] = _clean(doc["element"])
        text = "# Conformance case (see spec/conformance.md). First written by conformance/casegen/outsider.py.\n"
        text += yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _clean(node: Any) -> Any:
    """Drop ``None`` style values (a helper's unset width) and empty props, as an author would not write them."""
    if isinstance(node, dict):
        return {k: _clean(v) for k, v in node.items() if v is not None or k not in ("backgroundColor", "width", "height", "lang")}
    if isinstance(node, list):
        return [_clean(v) for v in node]
    return node


def score_all(paths: list[Path]) -> list[tuple[str, str, float, float]]:
    """(id, status, psnr, off share) per document: pass, fail, error (pureog) or no-ref (Next refused)."""
    import pureog  # noqa: PLC0415
    from conformance.score import score, write_heatmap  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415

    rows = []
    for path in paths:
        ident = f"{path.parent.name}/{path.stem}"
        ref = path.with_name(f"{path.stem}.ref.png")
        if not ref.is_file():
            rows.append((ident, "no-ref", 0.0, 0.0))
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            data.pop("case", None)
            loaded = from_mapping(data, base_dir=str(path.parent), root=str(CONFORMANCE_DIR))
            png = pureog.render_png(loaded)
        except Exception as exc:  # noqa: BLE001 - a renderer failure is a row
            rows.append((ident, f"error {type(exc).__name__}: {str(exc)[:80]}", 0.0, 1.0))
            continue
        out_png = path.with_name(f"{path.stem}.out.png")
        out_png.write_bytes(png)
        result = score(ref, png)
        if not result.passed:
            write_heatmap(ref, png, path.with_name(f"{path.stem}.diff.png"))
        rows.append((ident, "pass" if result.passed else "fail", result.psnr, result.off_share))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.casegen.outsider", description=__doc__.split("\n")[0])
    parser.add_argument("filters", nargs="*")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-oracle", action="store_true", help="score against the references drawn before")
    args = parser.parse_args(argv)
    specs = [s for s in all_cases() if not args.filters or any(f in f"{s.area}/{s.name}" for f in args.filters)]
    paths = write(specs, args.out)
    if not args.no_oracle:
        from conformance.oracle import regenerate  # noqa: PLC0415

        manifest = regenerate.MANIFEST.read_text(encoding="utf-8") if regenerate.MANIFEST.is_file() else None
        try:
            for res in regenerate.regenerate(paths, stale_only=True):
                if res.error:
                    res.reference.unlink(missing_ok=True)
                    print(f"next refuses {res.document.parent.name}/{res.document.stem}: {res.error.splitlines()[0][:150]}")
        finally:
            if manifest is not None:
                regenerate.MANIFEST.write_text(manifest, encoding="utf-8")
    rows = score_all(paths)
    for ident, status, psnr, off in sorted(rows, key=lambda r: (r[1] == "pass", r[2])):
        if status != "pass":
            print(f"{status[:60]:60s} {psnr:6.1f} dB {off * 100:6.2f}%  {ident}")
    (args.out / "scores.json").write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")
    drawn = [r for r in rows if r[1] != "no-ref"]
    passed = sum(1 for r in drawn if r[1] == "pass")
    print(json.dumps({"cases": len(rows), "next_draws": len(drawn), "pass": passed}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
