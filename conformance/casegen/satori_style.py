"""Cases in the style of Satori's own tests (area ``satori-style``): small canvases, Roboto, one behaviour each.

``python -m conformance.casegen.satori_style [--force]`` writes ``conformance/cases/satori-style/*.yaml``
(existing files are kept unless ``--force``). The behaviours are the ones Satori's test files check
(border, colours, gradients, images, text, ...); the documents are written here from scratch. Only
features Next.js 16.4.6 (Satori 0.29) renders are kept as cases: the oracle decides.
"""

from __future__ import annotations

import argparse
import sys

import yaml

from conformance.casegen.satori_style_cases import CASES, HEADER, OUT, build
from conformance.casegen.satori_style_more import (
    build_fifth,
    build_fourth,
    build_more,
    build_seventh,
    build_sixth,
    build_third,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--only", nargs="*", default=None, help="names to write")
    args = parser.parse_args(argv)
    build()
    build_more()
    build_third()
    build_fourth()
    build_fifth()
    build_sixth()
    build_seventh()
    names = [c["name"] for c in CASES]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate case names")
    OUT.mkdir(parents=True, exist_ok=True)
    written = 0
    for c in CASES:
        if args.only is not None and c["name"] not in args.only:
            continue
        path = OUT / f"{c['name']}.yaml"
        if path.exists() and not args.force:
            continue
        body = yaml.safe_dump(c["doc"], sort_keys=False, allow_unicode=True, default_flow_style=None, width=110)
        path.write_text(HEADER + body, encoding="utf-8")
        written += 1
    print(f"{len(CASES)} cases, {written} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
