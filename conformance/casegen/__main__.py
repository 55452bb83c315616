"""``python -m conformance.casegen [--force]``: write the authored cases as YAML under conformance/cases.

Existing files are kept (hand edits win) unless ``--force``. Prints how many were written per area.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from conformance.casegen import CaseSpec
from conformance.casegen.cards import cards
from conformance.casegen.layout import cases as layout_cases
from conformance.casegen.media import clip_cases, debug_cases, emoji_cases, image_cases, svg_cases
from conformance.casegen.paint import (
    background_cases,
    border_cases,
    color_cases,
    opacity_cases,
    radius_cases,
    shadow_cases,
    transform_cases,
)
from conformance.casegen.text import font_cases, text_cases

CASES_DIR = Path(__file__).resolve().parents[1] / "cases"
HEADER = "# Conformance case (see spec/conformance.md). First written by conformance/casegen; edit freely.\n"


def all_cases() -> list[CaseSpec]:
    found = (layout_cases() + text_cases() + font_cases() + color_cases() + border_cases() + radius_cases()
             + background_cases() + shadow_cases() + opacity_cases() + transform_cases() + image_cases()
             + svg_cases() + clip_cases() + emoji_cases() + debug_cases() + cards())
    names = Counter((c.area, c.name) for c in found)
    duplicates = [f"{a}/{n}" for (a, n), k in names.items() if k > 1]
    if duplicates:
        raise SystemExit(f"duplicate case names: {', '.join(duplicates)}")
    return found


def dump(spec: CaseSpec) -> str:
    body = yaml.safe_dump(spec.document(), sort_keys=False, allow_unicode=True, default_flow_style=None, width=110)
    return HEADER + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="overwrite existing case files")
    args = parser.parse_args(argv)
    written: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for spec in all_cases():
        total[spec.area] += 1
        path = CASES_DIR / spec.area / f"{spec.name}.yaml"
        if path.exists() and not args.force:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(spec), encoding="utf-8")
        written[spec.area] += 1
    for area in sorted(total):
        print(f"{area:12} {total[area]:4} cases, {written[area]:4} written")
    print(f"{sum(total.values())} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
