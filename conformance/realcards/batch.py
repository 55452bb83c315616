"""A batch of real cards: extract each listed card module, draw it with Next.js and pureog, score it and
say how near it is to the committed ``cards-real`` cases (dev tool; round eight's runs, README).

    python conformance/realcards/batch.py LIST [--out conformance/paintgen/_scratch] [NAME ...]

``LIST`` has one card a line, ``NAME|REPO_DIR|CARD_PATH[|EXTRA]`` (``#`` starts a comment): the card's
repository checked out to a scratch directory, the module's path in it and optional ``extract.mjs``
arguments (``--call GET``, ``--props '{...}'``). The module is extracted with ``--root`` set to the
nearest directory above it that holds a ``package.json`` (a monorepo's app: its ``@/`` imports resolve
there), else ``REPO_DIR``. Extracted cards go to ``--out`` as ``NAME.json`` (kept: a rerun skips the
extraction, and references are cached by job hash), which must lie two levels below ``conformance/``,
since ``extract.mjs`` points fonts and assets at ``../../fonts`` and ``../../assets``. Give ``NAME`` s to
run only those cards.

Each card prints ``pass``/``fail`` with PSNR and share of pixels off (a heat map ``NAME.diff.png`` and
pureog's ``NAME.out.png`` next to a failing one), or the oracle's refusal, then ``sim`` and the nearest
case: the ratio (``difflib``) between the card's element sequence (type, style property names and ``tw``
of each element, SVG subtrees as one token) and each committed case's. A card above 0.9 is a structural
duplicate, most often a card of a repository an earlier round used: count it apart (rounds four to
eight did). A card of a few elements (an icon: a box and an ``<svg>``) has too short a sequence for the
ratio to mean much: unrelated icons reach 1.0. A summary line ends the run.
Dev tool: standard library, PyYAML and the paintgen driver (which imports pureog), plus ``node`` for
``extract.mjs``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script
    sys.path.insert(0, str(REPO))

from conformance.paintgen import driver  # noqa: E402

CASES = REPO / "conformance" / "cases" / "cards-real"
EXTRACT = REPO / "conformance" / "realcards" / "extract.mjs"
DUPLICATE = 0.9


def tokens(node: Any, out: list[str]) -> list[str]:
    """The element sequence compared between cards: ``type:style-names`` (+ ``tw``) per element."""
    if isinstance(node, list):
        for child in node:
            tokens(child, out)
    elif isinstance(node, dict):
        props = node.get("props") or {}
        style = props.get("style")
        names = ",".join(sorted(style)) if isinstance(style, dict) else ""
        out.append(f"{node.get('type')}:{names}" + (f" tw={props['tw']}" if "tw" in props else ""))
        if node.get("type") == "svg":
            out.append("svg")
        else:
            tokens(props.get("children"), out)
    return out


def case_tokens() -> list[tuple[str, list[str]]]:
    found = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.append((path.stem, tokens(data.get("element"), [])))
    return found


def nearest(doc: dict[str, Any], cases: list[tuple[str, list[str]]]) -> tuple[float, str]:
    """(ratio, case name) of the committed case most like ``doc``."""
    mine = tokens(doc.get("element"), [])
    best = (0.0, "")
    for name, theirs in cases:
        matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
        if matcher.real_quick_ratio() <= best[0] or matcher.quick_ratio() <= best[0]:
            continue
        ratio = matcher.ratio()
        if ratio > best[0]:
            best = (ratio, name)
    return best


def extract(name: str, repo: Path, card: str, extra: str, out: Path) -> Path | str:
    """``out/NAME.json`` (extracted now or before), or the reason extraction failed."""
    target = out / f"{name}.json"
    if target.is_file():
        return target
    module = repo / card
    root = repo
    for parent in module.parents:
        if (parent / "package.json").is_file() or parent == repo:
            root = parent
            break
    command = ["node", str(EXTRACT), str(module), "--root", str(root), *shlex.split(extra)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    if done.returncode or not done.stdout.strip():
        lines = done.stderr.strip().splitlines()
        return next((line for line in lines if "Error" in line or "no ImageResponse" in line), "failed")[:200]
    target.write_text(done.stdout, encoding="utf-8")
    return target


def _check_canvas(path: Path) -> Path | str:
    """``path``, or why it cannot be drawn: an unresolved size constant (an import the stubs answered)
    reaches ``extract.mjs`` as the sample title, and one such card would stop the whole batch when the
    references are drawn (pureog refuses the document while building the job); a file that is not JSON
    (written before ``extract.mjs`` sent the card's own logging to stderr) would stop it too."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return f"the extracted card is not JSON ({exc})"
    for side in ("width", "height"):
        value = doc.get(side)
        if value is not None and not (isinstance(value, int) and value > 0):
            return f"the canvas {side} is {str(value)[:40]!r} (an unresolved size constant)"
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("list", type=Path)
    parser.add_argument("names", nargs="*", help="run only these cards")
    parser.add_argument("--out", type=Path, default=REPO / "conformance" / "paintgen" / "_scratch")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if out.parent.parent != REPO / "conformance":
        parser.error("--out must lie two levels below conformance/ (extract.mjs writes ../../fonts paths)")
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    failed = 0
    for line in args.list.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, repo, card, *rest = (part.strip() for part in line.split("|"))
        if args.names and name not in args.names:
            continue
        got = extract(name, Path(repo), card, rest[0] if rest else "", out)
        if not isinstance(got, str):
            got = _check_canvas(got)
        if isinstance(got, str):
            failed += 1
            print(f"{name:40} not extracted: {got}")
        else:
            paths.append(got)
    refused = driver.draw_references(paths)
    cases = case_tokens()
    counts = {"pass": 0, "fail": 0, "error": 0, "refused": len(refused), "not extracted": failed, "duplicate": 0}
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        ratio, case = nearest(doc, cases)
        counts["duplicate"] += ratio > DUPLICATE
        near = f"sim {ratio:.2f} {case}"
        if path in refused:
            print(f"{path.stem:40} refused by Next: {refused[path][:120]!r}  {near}")
            continue
        status, psnr, off, reason = driver.render_and_score(str(path))
        counts[status] += 1
        size = f"{doc.get('width')}x{doc.get('height')}"
        print(f"{path.stem:40} {status:5} {psnr:5.1f} dB {off * 100:5.2f} % {size:>9}  {near}  {reason[:80]}")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
