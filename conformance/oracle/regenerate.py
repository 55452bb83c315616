"""Regenerate reference PNGs with the real Next.js ``ImageResponse`` (the conformance oracle).

Role: documents (YAML/JSON) -> reference PNGs drawn by ``render.mjs`` (Next.js 16.4.6, Satori 0.29.0,
resvg-wasm). Each document is loaded with ``pureog.load`` and exported with
``pureog.document.react.to_react``, so the reference draws exactly the tree pureog draws. Where the
references go (see :func:`reference_path`):

* ``examples/<name>.yaml``                  -> ``conformance/references/examples/<name>.png``
* ``conformance/cases/**/<name>.yaml``      -> next to the case, ``<name>.ref.png``
* any other document                        -> next to it, ``<name>.ref.png``

Emoji: the oracle is served the very files pureog draws. The pack of the document's ``emoji`` set
(Twemoji's bundled one, or the installed ``packages/pureog-emoji-<set>``) is written out as files named
as Next requests them (``1f600.svg``, ``1F600.svg``, ``1f600_flat.svg``) and handed to
``render.mjs --emoji-set <set>=DIR``; an optional set's pack hash is part of the job's hash (Twemoji's
is not, so that documents without emoji keep their hashes). ``--emoji-dir`` still overrides Twemoji files.

A manifest (``conformance/references/manifest.json``) records, per reference, the hash of the job it
was drawn from and the URLs Next tried to fetch (text no font covers: .notdef boxes in the
reference), so stale references can be found without Node (``--check``).

Usage (from the repository root)::

    python conformance/oracle/regenerate.py                 # all examples and cases
    python conformance/oracle/regenerate.py examples/welcome.yaml --time 20
    python conformance/oracle/regenerate.py --check          # list missing/stale references, exit 1 if any

Case files carry a top-level ``case:`` self-description that pureog rejects; it is stripped by
:func:`conformance.casefile.load_document`.
Dev tool: imports :mod:`pureog.document` only (never the renderer), needs ``node`` and ``npm``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ORACLE_DIR = Path(__file__).resolve().parent
REPO_ROOT = ORACLE_DIR.parent.parent
if __name__ == "__main__" and str(REPO_ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO_ROOT))

from conformance.casefile import load_document, reference_source  # noqa: E402
from conformance.oracle.twemoji_names import file_names as twemoji_file_names  # noqa: E402
from pureog.document.model import Document, FontSource  # noqa: E402
from pureog.document.react import to_react  # noqa: E402

EXAMPLES_DIR = REPO_ROOT / "examples"
CASES_DIR = REPO_ROOT / "conformance" / "cases"
REFERENCES_DIR = REPO_ROOT / "conformance" / "references"
MANIFEST = REFERENCES_DIR / "manifest.json"
NEXT_VERSION = "16.4.6"

# Image types Satori accepts as data URIs, recognised by their first bytes.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


class OracleError(RuntimeError):
    """The reference renderer could not be installed or run."""


@dataclass(frozen=True, slots=True)
class RenderedReference:
    document: Path
    reference: Path
    ok: bool
    error: str = ""
    cold_ms: float | None = None
    warm_median_ms: float | None = None
    network_requests: tuple[str, ...] = ()


def reference_path(document: str | Path) -> Path:
    """Where the reference PNG of ``document`` lives (see the module docstring)."""
    path = Path(document).resolve()
    if path.parent == EXAMPLES_DIR:
        return REFERENCES_DIR / "examples" / f"{path.stem}.png"
    return path.with_name(f"{path.stem}.ref.png")


def default_documents() -> list[Path]:
    """Every example and every conformance case whose reference Next.js draws, in a stable order (cases
    with ``case: {reference: chromium}`` are drawn by conformance/chromium/regenerate.py)."""
    found = [p for p in EXAMPLES_DIR.glob("*.yaml")] + [
        p for p in EXAMPLES_DIR.glob("*.json") if not p.read_text(encoding="utf-8").lstrip().startswith("[")
    ]  # a JSON list is a template's data (examples/blog-posts.json), not a document
    if CASES_DIR.is_dir():
        found += [p for p in list(CASES_DIR.rglob("*.yaml")) + list(CASES_DIR.rglob("*.json"))
                  if reference_source(p) == "next"]
    return sorted(p.resolve() for p in found)


def _sniff_mime(data: bytes) -> str:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:512].lstrip()
    if head.startswith((b"<svg", b"<?xml")) or b"<svg" in head:
        return "image/svg+xml"
    return "application/octet-stream"


def _data_uri(data: bytes) -> str:
    return f"data:{_sniff_mime(data)};base64,{base64.b64encode(data).decode('ascii')}"


def _jsonable(value: Any, source_dir: str | None, key: str = "") -> Any:
    """Make a React prop JSON-safe for Node; local image files become data URIs.

    Next refuses relative image URLs on the server, while pureog resolves them against the document's
    directory: inlining the bytes lets both renderers see the same image.
    """
    if isinstance(value, dict):
        return {k: _jsonable(v, source_dir, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v, source_dir) for v in value]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _data_uri(bytes(value))
    if key in ("src", "href") and isinstance(value, str) and not value.startswith(("data:", "http:", "https:")):
        local = Path(value) if os.path.isabs(value) or source_dir is None else Path(source_dir) / value
        if local.is_file():
            return _data_uri(local.read_bytes())
    if isinstance(value, str) and "url(" in value:
        # CSS url() in backgroundImage / maskImage: the same inlining for the same reason.
        return _CSS_URL.sub(lambda m: _inline_css_url(m, source_dir), value)
    return value


_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


def _inline_css_url(match: re.Match[str], source_dir: str | None) -> str:
    target = match.group(2).strip()
    if target.startswith(("data:", "http:", "https:", "#")):
        return match.group(0)
    local = Path(target) if os.path.isabs(target) or source_dir is None else Path(source_dir) / target
    if not local.is_file():
        return match.group(0)
    return f"url('{_data_uri(local.read_bytes())}')"


def default_font_sources() -> tuple[FontSource, ...]:
    """pureog's bundled default face, Geist Regular (the very file Next bundles), registered under Next's
    default family name "geist": the reference draws a document without fonts as Next.js does."""
    fonts_dir = Path(__file__).resolve().parents[2] / "pureog" / "fonts"
    return (FontSource(name="geist", data=(fonts_dir / "Geist-Regular.ttf").read_bytes(), weight=400, style="normal"),)


def build_job(document: Document, out: Path, font_dir: Path) -> dict[str, Any]:
    """The render.mjs job for one document; font bytes are written under ``font_dir`` (by hash)."""
    # A document without fonts renders with pureog's bundled default, Geist Regular, which is what Next.js
    # bundles: bold text draws with the 400 face in both (spec/conformance.md).
    fonts: list[dict[str, Any]] = []
    for font in document.fonts or default_font_sources():
        digest = hashlib.sha256(font.data).hexdigest()[:16]
        font_file = font_dir / f"{digest}.font"
        if not font_file.exists():
            font_file.write_bytes(font.data)
        entry = {"name": font.name, "path": str(font_file), "weight": font.weight, "style": font.style}
        if font.lang is not None:  # (only then: the hashes of other jobs stay as they were)
            entry["lang"] = font.lang
        fonts.append(entry)
    job = {
        "out": str(out),
        "width": document.width,
        "height": document.height,
        "fonts": fonts,
        "emoji": document.emoji,
        "debug": document.debug,
        "element": _jsonable(to_react(document), document.source_dir),
    }
    if document.emoji != "twemoji" and document.emoji in SERVED_EMOJI_SETS:
        job["emoji_pack_sha256"] = _emoji_pack_digest(document.emoji)  # render.mjs ignores it; the hash sees it
    return job


SERVED_EMOJI_SETS = {"twemoji": "{code}.svg", "openmoji": "{CODE}.svg", "blobmoji": "{CODE}.svg",
                     "noto": "{CODE}.svg", "fluent": "{code}_color.svg", "fluentFlat": "{code}_flat.svg"}
"""Emoji sets whose files the oracle is served from pureog's own packs, each with the file name Next.js
requests for a code (``@vercel/og``'s ``apis``: lower-case for Twemoji and Fluent, upper-case for svgmoji)."""


def _emoji_pack(name: str) -> Any:
    from pureog.errors import FontError  # noqa: PLC0415  (only emoji documents need the packs)
    from pureog.text.emoji_sets import emoji_set_pack  # noqa: PLC0415

    try:
        return emoji_set_pack(name)
    except FontError as exc:
        raise OracleError(str(exc)) from exc


def _emoji_pack_digest(name: str) -> str:
    return hashlib.sha256(Path(_emoji_pack(name).path).read_bytes()).hexdigest()[:16]


def write_emoji_set(name: str, directory: Path) -> Path:
    """Write every file of pureog's pack for emoji set ``name`` into ``directory`` (named as Next asks)."""
    directory.mkdir(parents=True, exist_ok=True)
    pattern = SERVED_EMOJI_SETS[name]
    entries = list(_emoji_pack(name).entries())
    # The Twemoji pack's codes drop FE0F; the CDN's ZWJ files keep it (twemoji_names.py).
    names = twemoji_file_names(code for code, _ in entries) if name == "twemoji" else {}
    for code, svg in entries:
        code = names.get(code, code)
        (directory / pattern.format(code=code, CODE=code.upper())).write_bytes(svg)
    return directory


def has_emoji(jobs: list[dict[str, Any]]) -> bool:
    from pureog.text.emoji import looks_like_emoji  # noqa: PLC0415

    return any(looks_like_emoji(json.dumps(job["element"], ensure_ascii=False)) for job in jobs)


def job_digest(job: dict[str, Any], fonts: Sequence[bytes]) -> str:
    """A hash of everything that determines the reference image (not the output path)."""
    hasher = hashlib.sha256(NEXT_VERSION.encode())
    body = {k: v for k, v in job.items() if k not in ("out", "fonts")}
    body["fonts"] = [{k: v for k, v in f.items() if k != "path"} for f in job["fonts"] or []]
    hasher.update(json.dumps(body, sort_keys=True, ensure_ascii=False).encode())
    for data in fonts:
        hasher.update(hashlib.sha256(data).digest())
    return hasher.hexdigest()


def ensure_installed() -> None:
    """Install the pinned Next.js (without optional deps, so no sharp) if node_modules is missing."""
    if shutil.which("node") is None:
        raise OracleError("node is not on PATH; the oracle needs Node.js >= 20.9")
    if (ORACLE_DIR / "node_modules" / "next" / "package.json").is_file():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise OracleError("npm is not on PATH; run `npm ci --omit=optional` in conformance/oracle")
    print("installing the oracle: npm ci --omit=optional (once)", file=sys.stderr)
    done = subprocess.run([npm, "ci", "--omit=optional", "--no-audit", "--no-fund"], cwd=ORACLE_DIR)
    if done.returncode != 0:
        # A registry mirror without some platform-only optional packages can make `npm ci` reject
        # the lock file; `npm install` resolves the same pinned versions.
        print("npm ci failed; trying npm install --omit=optional", file=sys.stderr)
        subprocess.run([npm, "install", "--omit=optional", "--no-audit", "--no-fund"], cwd=ORACLE_DIR, check=True)
    if (ORACLE_DIR / "node_modules" / "sharp").exists():
        raise OracleError("sharp got installed: the reference must use resvg-wasm; remove node_modules/sharp")


def run_render(jobs: list[dict[str, Any]], *, time_runs: int = 0, emoji_dir: str | None = None) -> dict[str, Any]:
    """Run render.mjs on ``jobs``; returns its JSON report (jobs that failed carry ``ok: false``).

    Jobs run in one process per emoji set: ``@vercel/og`` caches emoji images by grapheme alone, so in a
    shared process a set would draw the graphics another set fetched first."""
    ensure_installed()
    groups: dict[str, list[int]] = {}
    for index, job in enumerate(jobs):
        groups.setdefault(str(job.get("emoji") or "twemoji"), []).append(index)
    merged: dict[str, Any] | None = None
    for name, indices in groups.items():
        report = _run_render_process([jobs[i] for i in indices], name, time_runs, emoji_dir)
        for entry in report["jobs"]:
            entry["index"] = indices[entry["index"]]
        if merged is None:
            merged = report
        else:
            merged["jobs"].extend(report["jobs"])
    return merged or {"next": NEXT_VERSION, "jobs": []}


STALL_SECONDS = 30
"""A reference render that reports no progress for this long is taken to hang (Satori loops forever on
some inputs) and is killed; its job is reported as failed and the jobs after it run in a new process."""


def _run_render_process(jobs: list[dict[str, Any]], emoji_set: str, time_runs: int,
                        emoji_dir: str | None) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump({"jobs": jobs}, handle, ensure_ascii=False)
        job_file = handle.name
    try:
        command = ["node", str(ORACLE_DIR / "render.mjs"), job_file]
        if time_runs:
            command += ["--time", str(time_runs)]
        if emoji_dir:
            command += ["--emoji-dir", str(Path(emoji_dir).resolve())]  # render.mjs runs in ORACLE_DIR
        with tempfile.TemporaryDirectory(prefix="pureog-emoji-") as sets_dir:
            if emoji_set in SERVED_EMOJI_SETS and has_emoji(jobs):
                served = write_emoji_set(emoji_set, Path(sets_dir) / emoji_set)
                command += ["--emoji-set", f"{emoji_set}={served}"]
            returncode, stdout, stderr, done = _watched_run(command, STALL_SECONDS * (1 + time_runs))
    finally:
        os.unlink(job_file)
    if returncode is None:  # killed: the job after the last finished one hangs
        hung = len(done)
        print(f"job {hung} ({jobs[hung].get('out')}) hangs: killed after {STALL_SECONDS * (1 + time_runs)} s "
              "without progress", file=sys.stderr)
        done.append({"index": hung, "out": jobs[hung].get("out"), "ok": False,
                     "error": f"the reference hangs (no result in {STALL_SECONDS * (1 + time_runs)} s)"})
        if hung + 1 < len(jobs):
            rest = _run_render_process(jobs[hung + 1:], emoji_set, time_runs, emoji_dir)
            for entry in rest["jobs"]:
                entry["index"] += hung + 1
            done.extend(rest["jobs"])
        return {"next": NEXT_VERSION, "jobs": done}
    if returncode not in (0, 1) or not stdout.strip():
        raise OracleError(f"render.mjs failed (exit {returncode}):\n{stderr.strip()}")
    if stderr.strip():
        print(stderr.rstrip(), file=sys.stderr)
    report: dict[str, Any] = json.loads(stdout)
    return report


def _watched_run(command: list[str], stall: float) -> tuple[int | None, str, str, list[dict[str, Any]]]:
    """Run render.mjs, reading its ``@done`` progress lines from stderr; kill it when no job finishes
    for ``stall`` seconds. Returns (exit code or None when killed, stdout, other stderr, done entries)."""
    process = subprocess.Popen(command, cwd=ORACLE_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, encoding="utf-8")
    done: list[dict[str, Any]] = []
    other: list[str] = []
    out: list[str] = []
    last = [time.monotonic()]

    def read_stderr() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            if line.startswith("@done "):
                done.append(json.loads(line[6:]))
                last[0] = time.monotonic()
            else:
                other.append(line)

    def read_stdout() -> None:
        assert process.stdout is not None
        out.append(process.stdout.read())

    readers = [threading.Thread(target=read_stderr, daemon=True), threading.Thread(target=read_stdout, daemon=True)]
    for reader in readers:
        reader.start()
    killed = False
    while process.poll() is None:
        time.sleep(0.2)
        if time.monotonic() - last[0] > stall:
            process.kill()
            killed = True
            break
    process.wait()
    for reader in readers:
        reader.join()
    return (None if killed else process.returncode), "".join(out), "".join(other), done


def _load_manifest() -> dict[str, Any]:
    if MANIFEST.is_file():
        data: dict[str, Any] = json.loads(MANIFEST.read_text(encoding="utf-8"))
        return data
    return {"next": NEXT_VERSION, "references": {}}


def _inside_repo(path: Path) -> bool:
    return path.resolve().is_relative_to(REPO_ROOT)


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path.resolve())


def regenerate(
    documents: Iterable[str | Path],
    *,
    time_runs: int = 0,
    emoji_dir: str | None = None,
    stale_only: bool = False,
) -> list[RenderedReference]:
    """Draw the reference PNG of every document with Next.js; update the manifest."""
    manifest = _load_manifest()
    entries: dict[str, Any] = manifest.setdefault("references", {})
    results: list[RenderedReference] = []
    with tempfile.TemporaryDirectory(prefix="pureog-oracle-") as tmp:
        jobs: list[dict[str, Any]] = []
        pending: list[tuple[Path, Path, str]] = []
        for doc_path in (Path(d).resolve() for d in documents):
            out = reference_path(doc_path)
            document = load_document(doc_path)
            job = build_job(document, out, Path(tmp))
            digest = job_digest(job, [f.data for f in document.fonts])
            known = entries.get(_relative(out), {})
            if stale_only and out.is_file() and known.get("job_sha256") == digest:
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            jobs.append(job)
            pending.append((doc_path, out, digest))
        if not jobs:
            return results
        report = run_render(jobs, time_runs=time_runs, emoji_dir=emoji_dir)
    by_index = {entry["index"]: entry for entry in report["jobs"]}
    for index, (doc_path, out, digest) in enumerate(pending):
        entry = by_index.get(index, {"ok": False, "error": "no result from render.mjs"})
        requests = tuple(entry.get("network_requests", ()))
        results.append(
            RenderedReference(
                document=doc_path,
                reference=out,
                ok=bool(entry.get("ok")),
                error=str(entry.get("error", "")),
                cold_ms=entry.get("cold_ms"),
                warm_median_ms=entry.get("warm_median_ms"),
                network_requests=requests,
            )
        )
        if entry.get("ok") and _inside_repo(doc_path):  # scratch documents elsewhere stay out of it
            entries[_relative(out)] = {
                "document": _relative(doc_path),
                "job_sha256": digest,
                "network_requests": list(requests),
            }
    manifest["next"] = NEXT_VERSION
    manifest["references"] = dict(sorted(entries.items()))
    MANIFEST.parent.mkdir(parents=True, exist_ok=True)
    MANIFEST.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


def check(documents: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Documents whose reference is missing or was drawn from a different job: ``(doc, why)``."""
    entries = _load_manifest().get("references", {})
    problems: list[tuple[Path, str]] = []
    with tempfile.TemporaryDirectory(prefix="pureog-oracle-") as tmp:
        for doc_path in (Path(d).resolve() for d in documents):
            out = reference_path(doc_path)
            document = load_document(doc_path)
            digest = job_digest(build_job(document, out, Path(tmp)), [f.data for f in document.fonts])
            if not out.is_file():
                problems.append((doc_path, "missing"))
            elif entries.get(_relative(out), {}).get("job_sha256") != digest:
                problems.append((doc_path, "stale"))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate reference PNGs with Next.js ImageResponse.")
    parser.add_argument("documents", nargs="*", help="YAML/JSON documents (default: examples and cases)")
    parser.add_argument("--time", type=int, default=0, metavar="N", help="render each N times; print timings")
    parser.add_argument("--emoji-dir", help="directory of Twemoji 14.0.2 SVGs (1f600.svg, ...) for emoji")
    parser.add_argument("--stale-only", action="store_true", help="skip references that are up to date")
    parser.add_argument("--check", action="store_true", help="only list missing/stale references")
    args = parser.parse_args(argv)
    documents = args.documents or default_documents()
    if args.check:
        problems = check(documents)
        for doc_path, why in problems:
            print(f"{why}: {_relative(doc_path)}")
        return 1 if problems else 0
    failed = 0
    for result in regenerate(documents, time_runs=args.time, emoji_dir=args.emoji_dir, stale_only=args.stale_only):
        line = f"{'ok ' if result.ok else 'ERR'} {_relative(result.document)} -> {_relative(result.reference)}"
        if result.cold_ms is not None:
            line += f"  cold {result.cold_ms:.1f} ms"
        if result.warm_median_ms is not None:
            line += f", warm median {result.warm_median_ms:.1f} ms"
        if result.network_requests:
            line += f"  (uncovered text/emoji: {len(result.network_requests)} refused fetches)"
        if result.error:
            line += f"\n    {result.error}"
            failed += 1
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
