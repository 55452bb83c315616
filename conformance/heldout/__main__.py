"""Run the held-out corpus against Next.js: raw trees -> Next's PNGs and pureog's -> scores and failures.

Usage (from the repository root; images go to a scratch directory, references are cached by job hash)::

    python -m conformance.heldout                       # every document
    python -m conformance.heldout border radius         # documents whose name contains a filter
    python -m conformance.heldout --write-slice         # refresh conformance/heldout/slice from the run
    python -m conformance.heldout --debug               # the same documents with debug: true

Each document is drawn by ``render.mjs`` from its raw element tree (what JSX gives Next, not pureog's
loaded tree), rendered by ``pureog.render_png`` from the same tree and fonts, and scored with the suite's
thresholds (30 dB, 1 % of pixels). Documents Next refuses are listed apart with what pureog did (pureog
may draw them as CSS says: spec/differences.md). Failures named in ``conformance/heldout/expectations.yaml``
(a listed difference each) are reported as expected; the rest as unexpected. Heat maps of failures and of
passes under 40 dB go next to the images. Dev tool: needs Node and the oracle (conformance/oracle).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import warnings
from pathlib import Path
from typing import Any

from conformance.heldout import documents
from conformance.heldout.build import CONFORMANCE_DIR, FONT_SETS, Doc

REPO_ROOT = CONFORMANCE_DIR.parent
HELDOUT_DIR = Path(__file__).resolve().parent
SLICE_DIR = HELDOUT_DIR / "slice"
EXPECTATIONS = HELDOUT_DIR / "expectations.yaml"
DEFAULT_OUT = CONFORMANCE_DIR / "paintgen" / "_scratch" / "heldout"
BATCH = 40
SLICE = ("border-dashed-radius", "radius-slash", "flex-wrap-tags", "align-items-baseline", "text-align-justify",
         "text-decoration-dotted-double", "text-shadow-multi", "line-height-percent", "bg-clip-text",
         "object-position-left-20", "box-shadow-inset", "clip-polygon-triangle", "line-clamp-custom-ellipsis",
         "text-stroke-with-shadow", "vars-nested", "svg-icon-in-row", "ch-mixed-span-text", "fw5-500",
         "tw-card", "co-odd-size-text")
"""The committed slice: cheap documents that together touch most areas of the table."""


def font_entries(key: str) -> list[dict[str, Any]]:
    """The font set ``key`` as ``render_png`` takes it (bytes)."""
    return [{"name": n, "data": (REPO_ROOT / p).read_bytes(), "weight": w, "style": s} for n, p, w, s in FONT_SETS[key]]


def render_pureog(doc: dict[str, Any]) -> bytes:
    """pureog's PNG of a document dict (``width``, ``height``, ``fonts`` set name, raw ``element``,
    optional ``debug``)."""
    import pureog  # noqa: PLC0415

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pureog.render_png(doc["element"], width=doc["width"], height=doc["height"],
                                 fonts=font_entries(doc["fonts"]), debug=bool(doc.get("debug", False)))


def load_expectations(path: Path = EXPECTATIONS) -> dict[str, str]:
    import yaml  # noqa: PLC0415

    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return {str(k): str(v) for k, v in (data or {}).items()}


def _job(doc: Doc, out: Path) -> dict[str, Any]:
    # (Doc.debug is set by --debug: the same tree with Satori's debug overlays)
    fonts = [{"name": n, "path": str(REPO_ROOT / p), "weight": w, "style": s} for n, p, w, s in FONT_SETS[doc.fonts]]
    return {"out": str(out), "width": doc.width, "height": doc.height, "fonts": fonts, "emoji": "twemoji",
            "debug": doc.debug, "element": doc.element}


def _digest(doc: Doc) -> str:
    body = json.dumps(doc.to_json(), sort_keys=True, ensure_ascii=False).encode()
    hasher = hashlib.sha256(body)
    for _, path, _, _ in FONT_SETS[doc.fonts]:
        hasher.update((REPO_ROOT / path).read_bytes())
    return hasher.hexdigest()[:16]


def draw_references(docs: list[Doc], out: Path) -> dict[str, str]:
    """Next's PNGs (``<name>.ref.png``), skipping unchanged ones; returns Next's error per refused document."""
    from conformance.oracle.regenerate import run_render  # noqa: PLC0415

    manifest_path = out / "manifest.json"
    manifest: dict[str, str] = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    errors: dict[str, str] = json.loads((out / "errors.json").read_text()) if (out / "errors.json").is_file() else {}
    pending = []
    for doc in docs:
        digest = _digest(doc)
        (out / f"{doc.name}.json").write_text(json.dumps(doc.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
        if manifest.get(doc.name) == digest and ((out / f"{doc.name}.ref.png").is_file() or doc.name in errors):
            continue
        pending.append((doc, digest))
    for start in range(0, len(pending), BATCH):
        chunk = pending[start:start + BATCH]
        report = run_render([_job(doc, out / f"{doc.name}.ref.png") for doc, _ in chunk])
        by_index = {e["index"]: e for e in report["jobs"]}
        for i, (doc, digest) in enumerate(chunk):
            entry = by_index.get(i, {"ok": False, "error": "no result"})
            manifest[doc.name] = digest
            if entry.get("ok"):
                errors.pop(doc.name, None)
            else:
                errors[doc.name] = str(entry.get("error", "")).splitlines()[0][:200]
                (out / f"{doc.name}.ref.png").unlink(missing_ok=True)
        print(f"  oracle: {min(start + BATCH, len(pending))}/{len(pending)}", file=sys.stderr)
    manifest_path.write_text(json.dumps(dict(sorted(manifest.items())), indent=0) + "\n")
    (out / "errors.json").write_text(json.dumps(dict(sorted(errors.items())), indent=0) + "\n")
    return {d.name: errors[d.name] for d in docs if d.name in errors}


def evaluate(docs: list[Doc], out: Path, refused: dict[str, str]) -> list[tuple[str, str, float, float, str]]:
    """(name, status, psnr, off share, note) per document; status pass, fail, error or next-refuses."""
    from conformance.score import score, write_heatmap  # noqa: PLC0415

    rows = []
    for doc in docs:
        try:
            png = render_pureog(doc.to_json())
            note = "pureog draws it"
        except Exception as exc:  # noqa: BLE001 - a renderer failure is a row, not a crash
            png, note = None, f"pureog: {type(exc).__name__}: {str(exc)[:120]}"
        if doc.name in refused:
            rows.append((doc.name, "next-refuses", 0.0, 0.0, f"{refused[doc.name][:100]} | {note}"))
            continue
        if png is None:
            rows.append((doc.name, "error", 0.0, 1.0, note))
            continue
        ref = out / f"{doc.name}.ref.png"
        result = score(ref, png)
        (out / f"{doc.name}.out.png").write_bytes(png)
        if not result.passed or result.psnr < 40:
            write_heatmap(ref, png, out / f"{doc.name}.diff.png")
        rows.append((doc.name, "pass" if result.passed else "fail", result.psnr, result.off_share, ""))
    return rows


def summary(rows: list[tuple[str, str, float, float, str]], expected: dict[str, str]) -> str:
    scored = [r for r in rows if r[1] != "next-refuses"]
    passed = [r for r in scored if r[1] == "pass"]
    lines = []
    for name, status, psnr, off, note in sorted(rows, key=lambda r: (r[1], r[2])):
        if status == "pass" and psnr >= 40:
            continue
        tag = "expected" if name in expected else ("" if status in ("pass", "next-refuses") else "UNEXPECTED")
        why = note or expected.get(name, "")
        lines.append(f"{status:12s} {psnr:6.1f} dB {off * 100:6.2f}% {name:40s} {tag} {why}"[:220])
    unexpected = [r for r in scored if r[1] != "pass" and r[0] not in expected]
    lines.append(f"documents {len(rows)}: Next draws {len(scored)}, pureog matches {len(passed)} "
                 f"({100 * len(passed) / max(1, len(scored)):.1f} %), listed differences "
                 f"{sum(1 for r in scored if r[1] != 'pass' and r[0] in expected)}, unexpected {len(unexpected)}; "
                 f"Next refuses {len(rows) - len(scored)}")
    return "\n".join(lines)


def write_slice(docs: list[Doc], out: Path) -> None:
    """Copy the :data:`SLICE` documents and their references into ``conformance/heldout/slice``."""
    from conformance.paintgen.driver import compact_png  # noqa: PLC0415

    SLICE_DIR.mkdir(exist_ok=True)
    by_name = {d.name: d for d in docs}
    for name in SLICE:
        doc = by_name[name]
        (SLICE_DIR / f"{name}.json").write_text(json.dumps(doc.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
        shutil.copyfile(out / f"{name}.ref.png", SLICE_DIR / f"{name}.ref.png")
        compact_png(SLICE_DIR / f"{name}.ref.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.heldout", description=__doc__.split("\n")[0])
    parser.add_argument("filters", nargs="*", help="only documents whose name contains one of these")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="scratch directory for documents and images")
    parser.add_argument("--write-slice", action="store_true", help="refresh the committed slice from this run")
    parser.add_argument("--debug", action="store_true", help="render with debug: true (Satori's outlines)")
    args = parser.parse_args(argv)
    docs = [d for d in documents() if not args.filters or any(f in d.name for f in args.filters)]
    if args.write_slice:
        docs = [d for d in documents() if d.name in SLICE]
    if args.debug:
        docs = [d.with_debug() for d in docs]
        if args.out == DEFAULT_OUT:
            args.out = DEFAULT_OUT.with_name("heldout-debug")
    args.out.mkdir(parents=True, exist_ok=True)
    refused = draw_references(docs, args.out)
    rows = evaluate(docs, args.out, refused)
    print(summary(rows, load_expectations()))
    if args.write_slice:
        write_slice(docs, args.out)
    return 1 if any(r[1] in ("fail", "error") and r[0] not in load_expectations() for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
