"""pureog in Pyodide (CPython compiled to WebAssembly) renders the same PNG bytes as on CPython.

The recipe of ``spec/pyodide.md``, run for real: pure-Python wheels of pureog (built from this tree),
fontTools and pypng (from PyPI) and PyYAML (built from its sdist without libyaml) are made in a temporary
folder, the dependencies at the versions installed here; ``tools/pyodide/smoke.mjs`` installs them in the
Pyodide of ``tools/pyodide/node_modules``, offline, renders the cards of ``tools/pyodide/card.py`` and
compares their SHA-256 with those of the same cards rendered here.

Needs Node.js, ``npm ci`` in ``tools/pyodide`` and the dependency wheels of ``tools/pyodide/fetch_wheels.py``
(``.ci/run`` installs both); the test itself uses no network. Without them it is skipped on a developer's
machine and fails in CI.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "pyodide"
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "--quiet"]


def _tool_module(name: str) -> ModuleType:
    """``tools/pyodide/<name>.py`` (not a package: loaded by path)."""
    spec = importlib.util.spec_from_file_location(f"pyodide_tool_{name}", TOOL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _card_module() -> ModuleType:
    """``tools/pyodide/card.py``, the cards both interpreters render."""
    return _tool_module("card")


def _node_with_pyodide() -> str:
    """The ``node`` executable, when it and Pyodide's npm package are there; else skip, or fail in CI."""
    node = shutil.which("node")
    if node is None:
        missing = "Node.js (no 'node' on PATH)"
    elif not (TOOL / "node_modules" / "pyodide").is_dir():
        missing = "Pyodide's npm package (run: cd tools/pyodide && npm ci)"
    else:
        return node
    _missing(missing)
    raise AssertionError("unreachable")


def _missing(what: str) -> None:
    """Skip on a developer's machine, fail in CI, where ``.ci/run`` installs what this check needs."""
    message = f"the Pyodide check needs {what}"
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(f"{message}; in CI it must be there (.ci/run installs it)", pytrace=False)
    pytest.skip(message)


def _build_wheels(work: Path) -> Path:
    """Pure (py3-none-any) wheels of pureog (built here, offline) and its three dependencies (fetched by
    ``tools/pyodide/fetch_wheels.py`` in ``.ci/run``: the test itself needs no network)."""
    fetch = _tool_module("fetch_wheels")
    cached = TOOL / "wheels"
    if fetch.missing(cached):
        _missing(f"pure wheels of {', '.join(fetch.missing(cached))} (run: python3 tools/pyodide/fetch_wheels.py)")
    wheels, source = work / "wheels", work / "source"
    wheels.mkdir()
    for dist in fetch.DEPENDENCIES:
        for path in cached.glob(f"{fetch.wheel_prefix(dist)}*py3-none-any.whl"):
            shutil.copy2(path, wheels / path.name)
    # pureog's own files only: building from the work tree would reuse its build/ folder, stale files and all.
    shutil.copytree(ROOT / "pureog", source / "pureog", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    # --no-build-isolation: the installed setuptools (a dev dependency) builds it, with no download.
    result = subprocess.run([*PIP, "wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", str(wheels),
                             str(source)], capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, f"building pureog's wheel failed:\n{result.stderr[-3000:]}"
    built = sorted(path.name for path in wheels.glob("*.whl"))
    assert len(built) == 4 and all(name.endswith("-py3-none-any.whl") for name in built), built
    return wheels


def test_dict_and_json_documents_need_no_yaml() -> None:
    """With PyYAML unimportable, a fresh interpreter imports pureog and renders a dict and JSON text
    (as Pyodide does before PyYAML is installed; YAML is imported only for YAML text)."""
    script = (
        "import json, sys\n"
        "sys.modules['yaml'] = None  # any import of yaml now raises ImportError\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import card, pureog\n"
        "assert pureog.render_png(card.DICT_CARD) == pureog.render_png(json.dumps(card.DICT_CARD))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(TOOL)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]


def test_cards_render_byte_identical_in_pyodide(tmp_path: Path) -> None:
    node = _node_with_pyodide()
    wheels = _build_wheels(tmp_path)
    card = _card_module()
    pngs = {name: card.render(name) for name in card.CARDS}
    expected = {name: hashlib.sha256(png).hexdigest() for name, png in pngs.items()}
    out = tmp_path / "png"  # both interpreters' PNGs, to compare by eye when a digest differs
    out.mkdir()
    for name, png in pngs.items():
        (out / f"cpython-{name}.png").write_bytes(png)
    command = [node, str(TOOL / "smoke.mjs"), str(wheels), "--runs", "1", "--out", str(out)]
    for name, digest in expected.items():
        command += ["--expect", f"{name}={digest}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode in (0, 1), f"smoke.mjs failed ({result.returncode}):\n{result.stderr[-3000:]}"
    report = json.loads(result.stdout)
    pinned = json.loads((TOOL / "package.json").read_text())["dependencies"]["pyodide"]
    assert report["pyodide"] == pinned, f"node_modules has Pyodide {report['pyodide']}, not {pinned}: run npm ci"
    got = {name: entry["sha256"] for name, entry in report["cards"].items()}
    assert got == expected, f"Pyodide's PNGs differ from CPython's (both in {out}):\n{result.stdout}"
    assert report["ok"] and result.returncode == 0
