"""Shrink a mismatching layout case to a small tree that still mismatches (delta debugging).

Role: one corpus case where pureog's boxes differ from Satori's -> the smallest tree found by removing
children and style declarations one at a time while the mismatch stays. Each round lays out every
one-step reduction of the current tree with the real Satori in one Node process (``satori_boxes.mjs``)
and keeps the first that still mismatches, so a 20-element tree shrinks in a handful of rounds. This is
how the classes in spec/layout.md were found; the reduced trees are the minimal reproductions.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.reduce --corpus /tmp/wide-1001.json --case w1001-0042
    python -m conformance.layout.reduce --corpus /tmp/wide-1001.json --all-mismatches

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`) and the standard library.
"""

from __future__ import annotations

import argparse
import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conformance.layout.check import compare, first_difference, our_boxes
from conformance.layout.generate import satori_boxes
from conformance.layout.text_runs import text_difference

MAX_ROUNDS = 60


def _elements(node: Any, path: tuple[int, ...] = ()) -> Iterator[tuple[tuple[int, ...], dict[str, Any]]]:
    """Every element dict with its child-index path (text children are skipped)."""
    if not isinstance(node, dict):
        return
    yield path, node
    children = node.get("props", {}).get("children")
    if isinstance(children, list):
        for i, child in enumerate(children):
            yield from _elements(child, (*path, i))
    elif isinstance(children, dict):
        yield from _elements(children, (*path, 0))


def _at(root: dict[str, Any], path: tuple[int, ...]) -> dict[str, Any]:
    node = root
    for i in path:
        children = node["props"]["children"]
        node = children[i] if isinstance(children, list) else children
    return node


def reductions(element: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every tree one step smaller, the biggest steps first (fewer rounds): a child subtree removed,
    a wrapper replaced by its one child, an element's whole style but ``display`` removed, one
    declaration removed, a text shortened."""
    nodes = list(_elements(element))
    for path, node in nodes:
        children = node.get("props", {}).get("children")
        if isinstance(children, list):
            for i in range(len(children)):
                tree = copy.deepcopy(element)
                _at(tree, path)["props"]["children"] = children[:i] + children[i + 1:]
                yield tree
    for path, node in nodes:
        # a wrapper replaced by its one element child (the chains deep trees and layoutgen11 draw)
        only = node.get("props", {}).get("children")
        only = only[0] if isinstance(only, list) and len(only) == 1 else only
        if path and isinstance(only, dict):
            tree = copy.deepcopy(element)
            parent = _at(tree, path[:-1])["props"]
            if isinstance(parent["children"], list):
                parent["children"][path[-1]] = copy.deepcopy(only)
            else:
                parent["children"] = copy.deepcopy(only)
            yield tree
    for path, node in nodes:
        style = node.get("props", {}).get("style", {})
        if len([k for k in style if k != "display"]) > 1:
            tree = copy.deepcopy(element)
            target = _at(tree, path)["props"]
            target["style"] = {k: v for k, v in style.items() if k == "display"}
            yield tree
    for path, node in nodes:
        for key in list(node.get("props", {}).get("style", {})):
            tree = copy.deepcopy(element)
            del _at(tree, path)["props"]["style"][key]
            yield tree
    for path, node in nodes:
        children = node.get("props", {}).get("children")
        if isinstance(children, str) and " " in children.strip():
            tree = copy.deepcopy(element)
            _at(tree, path)["props"]["children"] = children.strip().rsplit(" ", 1)[0]
            yield tree


def _mismatches(case: dict[str, Any], result: dict[str, Any]) -> bool:
    try:
        ours = our_boxes(case)
    except Exception:  # noqa: BLE001  (a pureog error is not the mismatch being reduced)
        return False
    if first_difference(ours, result["boxes"]) is not None:
        return True
    # a case that asked Satori for its text runs (layoutgen11) also mismatches where they differ
    return "text" in result and text_difference({**case, "text": result["text"]}) is not None


def _problem(case: dict[str, Any]) -> str | None:
    """The case's first differing box, or else its first differing text run (when it has them)."""
    return compare(case).problem or text_difference(case)


def reduce_case(case: dict[str, Any]) -> dict[str, Any]:
    """The smallest mismatching variant of ``case`` found (with Satori's boxes)."""
    current = case
    for _ in range(MAX_ROUNDS):
        asks = {"text": True} if "text" in current else {}  # Satori's text runs again, for text cases
        candidates = [{**current, "element": tree, **asks} for tree in reductions(current["element"])]
        if not candidates:
            break
        results = satori_boxes(candidates)
        for candidate, result in zip(candidates, results, strict=True):
            if "boxes" in result and _mismatches(candidate, result):
                current = {**candidate, **result}
                break
        else:
            break
    return current


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--all-mismatches", action="store_true")
    args = parser.parse_args(argv)
    cases = json.loads(args.corpus.read_text(encoding="utf-8"))["cases"]
    chosen = [c for c in cases if c["id"] in args.case or (args.all_mismatches and _problem(c))]
    for case in chosen:
        small = reduce_case(case)
        print(json.dumps({"id": case["id"], "problem": _problem(small), "width": small["width"],
                          "height": small["height"], "element": small["element"],
                          **({"fonts": small["fonts"]} if "fonts" in small else {})}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
