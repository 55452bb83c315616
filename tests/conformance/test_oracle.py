"""The oracle driver (conformance/oracle/regenerate.py) and, when Node is set up, render.mjs itself."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conformance.oracle.regenerate import (
    ORACLE_DIR,
    REFERENCES_DIR,
    REPO_ROOT,
    build_job,
    job_digest,
    reference_path,
)
from conformance.pngread import read_rgba
from pureog.document.load import load
from tests.conformance.pngfixtures import encode_png, solid_rows

NODE_READY = shutil.which("node") is not None and (ORACLE_DIR / "node_modules" / "next").is_dir()
needs_node = pytest.mark.skipif(not NODE_READY, reason="oracle not installed (npm ci --omit=optional)")


def test_reference_paths() -> None:
    assert reference_path(REPO_ROOT / "examples" / "welcome.yaml") == REFERENCES_DIR / "examples" / "welcome.png"
    case = REPO_ROOT / "conformance" / "cases" / "text" / "wrap.yaml"
    assert reference_path(case) == case.with_name("wrap.ref.png")


def test_build_job_inlines_local_images_and_writes_fonts(tmp_path: Path) -> None:
    (tmp_path / "dot.png").write_bytes(encode_png(1, 1, solid_rows(1, 1, (1, 2, 3, 255))))
    font_bytes = (REPO_ROOT / "pureog" / "fonts" / "Geist-Bold.ttf").read_bytes()
    (tmp_path / "G.ttf").write_bytes(font_bytes)  # fonts come from the document's directory (spec/security.md)
    doc_file = tmp_path / "card.yaml"
    doc_file.write_text(
        "width: 300\nheight: 100\n"
        "fonts: [{name: G, path: G.ttf, weight: 700}]\n"
        "element:\n  div:\n    style: {display: flex}\n    children:\n"
        "      - img: {src: dot.png, width: 10, height: 10}\n"
        "      - img: {src: 'https://example.com/x.png', width: 10, height: 10}\n"
    )
    document = load(doc_file)
    job = build_job(document, tmp_path / "out.png", tmp_path)
    assert (job["width"], job["height"], job["emoji"], job["debug"]) == (300, 100, "twemoji", False)
    assert job["fonts"][0]["name"] == "G" and job["fonts"][0]["weight"] == 700
    assert Path(job["fonts"][0]["path"]).read_bytes() == font_bytes
    first, second = job["element"]["props"]["children"]
    assert first["props"]["src"].startswith("data:image/png;base64,")
    assert second["props"]["src"] == "https://example.com/x.png"
    json.dumps(job)  # must be JSON-serialisable for Node

    digest = job_digest(job, [font_bytes])
    assert digest == job_digest(dict(job, out="elsewhere.png"), [font_bytes])
    assert digest != job_digest(dict(job, width=301), [font_bytes])
    assert digest != job_digest(job, [font_bytes + b"\x00"])


def test_no_fonts_means_next_s_default_face(tmp_path: Path) -> None:
    """A document without fonts: the reference gets Geist Regular alone, as Next.js bundles it."""
    document = load({"width": 10, "height": 10, "element": {"div": "x"}})
    fonts = build_job(document, tmp_path / "x.png", tmp_path)["fonts"]
    assert [(f["name"], f["weight"], f["style"]) for f in fonts] == [("geist", 400, "normal")]
    regular = (Path(__file__).resolve().parents[2] / "pureog" / "fonts" / "Geist-Regular.ttf").read_bytes()
    assert Path(fonts[0]["path"]).read_bytes() == regular


def run_render_mjs(tmp_path: Path, jobs: list[dict[str, object]], *extra: str) -> dict[str, object]:
    job_file = tmp_path / "jobs.json"
    job_file.write_text(json.dumps({"jobs": jobs}))
    done = subprocess.run(
        ["node", str(ORACLE_DIR / "render.mjs"), str(job_file), *extra],
        cwd=ORACLE_DIR, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr
    report: dict[str, object] = json.loads(done.stdout)
    return report


@needs_node
def test_render_mjs_draws_boxes_and_reports_timings(tmp_path: Path) -> None:
    box = {
        "type": "div",
        "props": {"style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "#ff0000"},
                  "children": {"type": "div", "props": {"style": {"width": 10, "height": 5, "background": "blue"}}}},
    }
    report = run_render_mjs(
        tmp_path,
        [{"out": "box.png", "width": 40, "height": 20, "fonts": None, "element": box},
         {"out": "bad.png", "width": 0, "height": 20, "element": box}],
        "--time", "3",
    )
    ok, bad = report["jobs"]  # type: ignore[misc]
    assert ok["ok"] and ok["cold_ms"] > 0 and ok["warm_median_ms"] > 0 and "nondeterministic" not in ok
    assert not bad["ok"] and "width" in bad["error"]
    image = read_rgba(tmp_path / "box.png")
    assert (image.width, image.height) == (40, 20)
    assert image.rows[0][0:4] == bytes([0, 0, 255, 255])  # the blue child at the top-left
    assert image.rows[0][40:44] == bytes([255, 0, 0, 255])  # x = 10 is outside it: red


@needs_node
def test_render_mjs_stays_offline(tmp_path: Path) -> None:
    text = {"type": "div", "props": {"style": {"display": "flex"}, "children": "日本 😀"}}
    report = run_render_mjs(
        tmp_path,
        [{"out": "cjk.png", "width": 100, "height": 40, "fonts": None,
          "element": {"type": "div", "props": {"style": {"display": "flex"}, "children": "日本"}}},
         {"out": "emoji.png", "width": 100, "height": 40, "fonts": None, "emoji": "twemoji", "element": text}],
    )
    cjk, emoji = report["jobs"]  # type: ignore[misc]
    # Uncovered text: Next's font download is refused, logged, and .notdef boxes are drawn.
    assert cjk["ok"] and any("fonts.googleapis.com" in url for url in cjk["network_requests"])
    # Emoji: Next does not catch the refused download, the render fails (unless --emoji-dir has it).
    assert not emoji["ok"] and "twemoji" in emoji["error"]


@needs_node
def test_render_mjs_serves_emoji_from_a_directory(tmp_path: Path) -> None:
    emoji_dir = tmp_path / "twemoji"
    emoji_dir.mkdir()
    (emoji_dir / "1f600.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><rect width="36" height="36" fill="#0f0"/></svg>'
    )
    element = {"type": "div", "props": {"style": {"display": "flex", "fontSize": 36}, "children": "😀"}}
    report = run_render_mjs(
        tmp_path,
        [{"out": "e.png", "width": 60, "height": 60, "fonts": None, "emoji": "twemoji", "element": element}],
        "--emoji-dir", str(emoji_dir),
    )
    assert report["jobs"][0]["ok"]  # type: ignore[index]
    image = read_rgba(tmp_path / "e.png")
    assert image.rows[10][40:44] == bytes([0, 255, 0, 255])  # inside the 36x36 emoji square
