"""Draw the reference PNGs of the conformance cases whose reference is Chromium (``case: {reference:
chromium}``: features Next.js has no output for, such as ``display: grid``).

Role: case files -> ``<name>.ref.png`` next to each, a screenshot of the case's HTML page
(:mod:`conformance.chromium.html`) in headless Chromium at exactly the card size, device scale factor
1, transparent where nothing is painted; and ``conformance/chromium/references.json``, the Chromium
version (the top level's, or an entry's own where a later Chromium drew it) and a hash of the
document each reference drew (the case file without its ``case:`` block, so that editing a case's title
or tolerance leaves its reference current), so stale references can be listed without a browser
(``--check``). Dev tool: needs Chromium (:mod:`conformance.chromium.oracle`).

Usage (from the repository root)::

    python -m conformance.chromium.regenerate              # every Chromium-referenced case
    python -m conformance.chromium.regenerate grid/areas   # cases whose id contains a filter
    python -m conformance.chromium.regenerate --check      # missing/stale references, exit 1 if any
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import yaml

from conformance.casefile import CASES_DIR, case_id, discover, load_document, read_case

MANIFEST = Path(__file__).resolve().parent / "references.json"


def chromium_cases(filters: list[str] | None = None) -> list[Path]:
    # parsing every case's YAML takes half a minute; only a file that names chromium can say so
    return [
        p
        for p in discover(filters or ())
        if "chromium" in p.read_text(encoding="utf-8") and read_case(p)[0].reference_source == "chromium"
    ]


def document_digest_of_text(text: str) -> str:
    """A hash of what the page is drawn from: the case file's data without its ``case:`` block, in a
    canonical JSON form (key order and YAML spelling do not matter)."""
    data = yaml.safe_load(text)
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k != "case"}
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _digest(path: Path) -> str:
    return document_digest_of_text(path.read_text(encoding="utf-8"))


def _manifest() -> dict[str, object]:
    if MANIFEST.is_file():
        data: dict[str, object] = json.loads(MANIFEST.read_text(encoding="utf-8"))
        return data
    return {"chromium": None, "references": {}}


def regenerate(paths: list[Path]) -> int:
    from conformance.chromium.html import build_page  # noqa: PLC0415
    from conformance.chromium.oracle import ChromiumOracle  # noqa: PLC0415

    manifest = _manifest()
    entries = manifest.setdefault("references", {})
    assert isinstance(entries, dict)
    with ChromiumOracle() as oracle:
        version = oracle.version()
        # the top-level version is the one that drew the entries without a version of their own
        if not manifest.get("chromium"):
            manifest["chromium"] = version
        for path in paths:
            info, _ = read_case(path)
            page = build_page(load_document(path))
            info.reference.write_bytes(oracle.screenshot(page))
            entries[case_id(path)] = {"document_sha256": _digest(path)}
            if version != manifest["chromium"]:
                entries[case_id(path)]["chromium"] = version  # (each reference's source, per case)
            print(f"{info.reference.relative_to(CASES_DIR.parent)}", file=sys.stderr)
    manifest["references"] = dict(sorted(entries.items()))
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


def check(paths: list[Path]) -> list[tuple[str, str]]:
    """Cases whose reference is missing or was drawn from another document than the case file's:
    ``(id, why)``."""
    entries = _manifest().get("references", {})
    assert isinstance(entries, dict)
    problems = []
    for path in paths:
        info, _ = read_case(path)
        if not info.reference.is_file():
            problems.append((info.id, "missing"))
        elif entries.get(info.id, {}).get("document_sha256") != _digest(path):
            problems.append((info.id, "stale"))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("filters", nargs="*")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    paths = chromium_cases(args.filters)
    if args.check:
        problems = check(paths)
        for cid, why in problems:
            print(f"{cid}: {why}")
        return 1 if problems else 0
    return regenerate(paths)


if __name__ == "__main__":
    raise SystemExit(main())
