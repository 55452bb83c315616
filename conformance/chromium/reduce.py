"""Shrink a tree on which pureog and Chromium disagree to a minimal one that still disagrees.

Role: a corpus case (``--file corpus.json --case ID``) -> the smallest tree found by delta debugging
(remove a child, a whole style, one declaration, a word of text; keep the first smaller tree that still
mismatches), printed as JSON with both box lists. Dev tool: needs Chromium (one session for the run).

    python -m conformance.chromium.reduce --file /tmp/run.json --case g1-0042
"""

from __future__ import annotations

import argparse
import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conformance.chromium.compare import exact_boxes, first_difference, load
from conformance.chromium.html import UnsupportedDocument, build_page
from conformance.chromium.oracle import ChromiumOracle


def _mismatch(oracle: ChromiumOracle, element: Any, width: int, height: int) -> bool:
    try:
        document = load(element, width, height)
        page = build_page(document)
        ours = exact_boxes(document)
    except (UnsupportedDocument, Exception):  # noqa: BLE001 - a tree pureog refuses is not a reduction
        return False
    return first_difference(ours, oracle.boxes(page), page.hidden) is not None


def _variants(element: Any) -> Iterator[Any]:
    """Smaller trees: one edit each, children first (the biggest cuts)."""
    if isinstance(element, dict) and "element" in element:  # a document (gridgen --rtl: features: browser)
        for variant in _variants(element["element"]):
            yield {**element, "element": variant}
        return
    if not isinstance(element, dict):
        words = str(element).split()
        if len(words) > 1:
            for i in range(len(words)):
                yield " ".join(words[:i] + words[i + 1:])
        return
    props = element.get("props", {})
    children = props.get("children")
    if isinstance(children, list):
        for i in range(len(children)):
            smaller = copy.deepcopy(element)
            del smaller["props"]["children"][i]
            yield smaller
        for i, child in enumerate(children):
            for variant in _variants(child):
                smaller = copy.deepcopy(element)
                smaller["props"]["children"][i] = variant
                yield smaller
    elif children is not None:
        smaller = copy.deepcopy(element)
        del smaller["props"]["children"]
        yield smaller
        for variant in _variants(children):
            smaller = copy.deepcopy(element)
            smaller["props"]["children"] = variant
            yield smaller
    for key in list(props.get("style", {})):
        if key in ("display", "fontSize", "direction"):
            continue  # a grid stays a grid (else the reduction drifts to another difference)
        smaller = copy.deepcopy(element)
        del smaller["props"]["style"][key]
        yield smaller


def reduce(element: Any, width: int, height: int) -> Any:
    with ChromiumOracle() as oracle:
        if not _mismatch(oracle, element, width, height):
            return element
        changed = True
        while changed:
            changed = False
            for variant in _variants(element):
                if _mismatch(oracle, variant, width, height):
                    element = variant
                    changed = True
                    break
    return element


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--case", required=True)
    args = parser.parse_args(argv)
    cases = json.loads(args.file.read_text(encoding="utf-8"))["cases"]
    (case,) = [c for c in cases if c["id"] == args.case]
    small = reduce(case["element"], case["width"], case["height"])
    print(json.dumps(small))
    document = load(small, case["width"], case["height"])
    with ChromiumOracle() as oracle:
        theirs = oracle.boxes(build_page(document))
    for index, (a, b) in enumerate(zip(exact_boxes(document), theirs, strict=True)):
        print(f"{index:3d} ours {[round(v, 3) for v in a]} chromium {[round(v, 3) for v in b]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
