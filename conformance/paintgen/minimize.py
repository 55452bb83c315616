"""Delta debugger for a failing paintgen document: the smallest tree that still mismatches Next.

Role: ``python -m conformance.paintgen.minimize DOC.json [--out SMALL.json]`` takes a document whose
pureog rendering fails against its Next.js reference and removes pieces of it (child elements, style
declarations, words of text) while the result still fails, testing each round's candidates in one
oracle batch (Node starts once per round, not once per candidate). A candidate "still fails" when
Next draws it and pureog's rendering scores below the suite's thresholds against that drawing
(``--min-psnr 45 --max-off 0.003`` chase a document that passes only just). The
tree goes to Next as written (the raw path of :func:`conformance.paintgen.driver.draw_references`).

Dev tool (uses Node through :mod:`conformance.oracle.regenerate`); imports :mod:`pureog` for the
candidate renderings.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
"""Fonts and images of generated documents live in the repository (read as the driver reads them)."""

Address = tuple[str, tuple[Any, ...]]
"""One removable piece: ("child", path of indices) or ("style", path, key) or ("words", path)."""


def _children(element: dict[str, Any]) -> list[Any]:
    kids = element.get("props", {}).get("children")
    if kids is None:
        return []
    return kids if isinstance(kids, list) else [kids]


def _pieces(element: dict[str, Any], path: tuple[int, ...] = ()) -> Iterator[Address]:
    props = element.get("props", {})
    for key in props.get("style", {}) or {}:
        yield "style", (*path, key)
    kids = _children(element)
    for i, kid in enumerate(kids):
        if isinstance(kid, dict):
            yield "child", (*path, i)
            yield from _pieces(kid, (*path, i))
        elif isinstance(kid, str) and len(kid.split(" ")) > 1:
            yield "words", (*path, i)


def _node(root: dict[str, Any], path: tuple[int, ...]) -> dict[str, Any]:
    node = root
    for i in path:
        node = _children(node)[i]
    return node


def _set_children(element: dict[str, Any], kids: list[Any]) -> None:
    if not kids:
        element["props"].pop("children", None)
    else:
        element["props"]["children"] = kids[0] if len(kids) == 1 else kids


def without(doc: dict[str, Any], pieces: list[Address]) -> dict[str, Any]:
    """``doc`` with ``pieces`` removed (deepest and last first, so earlier addresses stay valid)."""
    out = copy.deepcopy(doc)
    root = out["element"]
    # declarations and words first (they move nothing), then children from the last path backwards
    ordered = [p for p in pieces if p[0] != "child"] + sorted((p for p in pieces if p[0] == "child"),
                                                              key=lambda p: p[1], reverse=True)
    for kind, address in ordered:
        if kind == "style":
            style = _node(root, address[:-1])["props"].get("style", {})
            style.pop(address[-1], None)
        elif kind == "child":
            parent = _node(root, address[:-1])
            kids = _children(parent)
            if address[-1] < len(kids):
                # a div with several children needs display: flex in Next; keep the count meaningful
                del kids[address[-1]]
                _set_children(parent, kids)
        else:
            parent = _node(root, address[:-1])
            kids = _children(parent)
            if address[-1] < len(kids) and isinstance(kids[address[-1]], str):
                words = kids[address[-1]].split(" ")
                kids[address[-1]] = " ".join(words[: max(1, len(words) // 2)])
                _set_children(parent, kids)
    return out


def still_failing(docs: list[dict[str, Any]], base_dir: Path, thresholds: dict[str, float] | None = None) -> list[bool]:
    """For each document: does Next draw it, and does pureog's rendering fail against that?

    ``thresholds``: ``score``'s ``min_psnr`` / ``max_off_share`` (default: the suite's), stricter to chase
    a document that passes only just."""
    import pureog
    from conformance.oracle.regenerate import _jsonable, build_job, run_render
    from conformance.score import score
    from pureog.document.load import from_mapping

    results = [False] * len(docs)
    with tempfile.TemporaryDirectory(prefix="minimize-") as tmp:
        jobs, loaded = [], []
        for i, body in enumerate(docs):
            try:
                doc = from_mapping(body, base_dir=str(base_dir), root=str(REPO))
            except Exception:  # noqa: BLE001 - a candidate pureog refuses is not the failure we chase
                loaded.append(None)
                continue
            job = build_job(doc, Path(tmp) / f"{i}.png", Path(tmp))
            job["element"] = _jsonable(body["element"], str(base_dir))
            jobs.append(job)
            loaded.append((doc, len(jobs) - 1))
        report = run_render(jobs)
        ok = {e["index"] for e in report["jobs"] if e.get("ok")}
        for i, item in enumerate(loaded):
            if item is None or item[1] not in ok:
                continue
            try:
                png = pureog.render_png(item[0])
            except Exception:  # noqa: BLE001 - a crash counts as failing
                results[i] = True
                continue
            results[i] = not score(Path(tmp) / f"{item[1]}.png", png, **(thresholds or {})).passed
    return results


def minimize(doc: dict[str, Any], base_dir: Path, rounds: int = 12,
             thresholds: dict[str, float] | None = None) -> dict[str, Any]:
    current = doc
    for _ in range(rounds):
        pieces = list(_pieces(current["element"]))
        if not pieces:
            break
        verdicts = still_failing([without(current, [p]) for p in pieces], base_dir, thresholds)
        removable = [p for p, bad in zip(pieces, verdicts, strict=True) if bad]
        print(f"  {len(pieces)} pieces, {len(removable)} removable alone", file=sys.stderr)
        if not removable:
            break
        # all removable ones together, else halves, else the first alone (it is known to work)
        trials = [removable, removable[: len(removable) // 2], removable[len(removable) // 2:]]
        trials = [t for t in trials if t]
        verdicts = still_failing([without(current, t) for t in trials], base_dir, thresholds)
        chosen = next((t for t, bad in zip(trials, verdicts, strict=True) if bad), removable[:1])
        current = without(current, chosen)
    return current


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Shrink a failing paintgen document (uses Node).")
    parser.add_argument("document")
    parser.add_argument("--out", help="where to write the smallest failing document (default: beside it)")
    parser.add_argument("--min-psnr", type=float, help="fail below this PSNR (default: the suite's)")
    parser.add_argument("--max-off", type=float,
                        help="fail above this share of off pixels, 0..1 (default: the suite's)")
    args = parser.parse_args(argv)
    thresholds: dict[str, float] = {}
    if args.min_psnr is not None:
        thresholds["min_psnr"] = args.min_psnr
    if args.max_off is not None:
        thresholds["max_off_share"] = args.max_off
    path = Path(args.document).resolve()
    body = json.loads(path.read_text(encoding="utf-8"))
    body.pop("features", None)
    if "type" not in body["element"]:
        # the short shape ({"div": {...}}, the generators' other than wild's and paintimg's) goes to Next as
        # the driver sends it, pureog's React export; the walk over pieces reads that shape
        from pureog.document.load import from_mapping
        from pureog.document.react import to_react

        body["element"] = to_react(from_mapping(body, base_dir=str(path.parent), root=str(REPO)))
    if not still_failing([body], path.parent, thresholds)[0]:
        print("the document does not fail (or Next refuses it)", file=sys.stderr)
        return 1
    small = minimize(body, path.parent, thresholds=thresholds)
    out = Path(args.out) if args.out else path.with_suffix(".min.json")
    out.write_text(json.dumps(small, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(small["element"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
