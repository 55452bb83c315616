"""Fetch the pure wheels of pureog's dependencies for the Pyodide check (``tests/test_pyodide.py``).

Run by ``.ci/run`` (an install step, like ``npm ci``: the tests themselves never use the network):
``python3 tools/pyodide/fetch_wheels.py [DIR]`` puts ``py3-none-any`` wheels of fontTools and pypng
(downloaded from PyPI) and of PyYAML (built from its sdist without libyaml) into ``DIR`` (default
``tools/pyodide/wheels``), at the versions installed in this environment. Existing wheels of those
versions are kept, so a second run costs nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "--quiet"]
DEPENDENCIES = ("fonttools", "pypng", "pyyaml")


def wheel_prefix(dist: str) -> str:
    """The file-name prefix of a dependency's wheel at the installed version (``fonttools-4.60.1-``)."""
    name = {"fonttools": "fonttools", "pypng": "pypng", "pyyaml": "pyyaml"}[dist]
    return f"{name}-{metadata.version(dist)}-".lower()


def missing(folder: Path) -> list[str]:
    """The dependencies without a pure wheel of the installed version in ``folder``."""
    names = [p.name.lower() for p in folder.glob("*-py3-none-any.whl")] if folder.is_dir() else []
    return [dist for dist in DEPENDENCIES if not any(n.startswith(wheel_prefix(dist)) for n in names)]


def fetch(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    todo = missing(folder)
    pinned = {dist: f"{dist}=={metadata.version(dist)}" for dist in todo}
    if "fonttools" in todo or "pypng" in todo:
        # Both publish pure wheels; --platform=any --abi=none picks them.
        wanted = [pinned[d] for d in ("fonttools", "pypng") if d in todo]
        subprocess.run([*PIP, "download", "--no-deps", "--only-binary=:all:", "--platform=any",
                        "--implementation=py", "--abi=none", "--dest", str(folder), *wanted], check=True)
    if "pyyaml" in todo:
        # PYYAML_FORCE_LIBYAML=0 leaves out the C extension; a private pip cache, as pip's wheel cache
        # (keyed by the sdist, not the variable) could hand back a libyaml build.
        with tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, "PYYAML_FORCE_LIBYAML": "0", "PIP_CACHE_DIR": cache}
            subprocess.run([*PIP, "wheel", "--no-deps", "--no-binary=pyyaml", "--wheel-dir", str(folder),
                            pinned["pyyaml"]], env=env, check=True)
    still = missing(folder)
    if still:
        raise SystemExit(f"no pure wheel for {', '.join(still)} in {folder}")


if __name__ == "__main__":
    fetch(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "wheels")
