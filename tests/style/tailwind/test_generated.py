"""The generated theme is what Next.js's bundle says (only where the oracle's node_modules exist)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BUNDLE = ROOT / "conformance" / "oracle" / "node_modules" / "next" / "dist" / "compiled" / "@vercel" / "og"


@pytest.mark.skipif(shutil.which("node") is None or not BUNDLE.is_dir(), reason="oracle not installed")
def test_theme_module_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("gen_tailwind", ROOT / "tools" / "gen_tailwind.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    expected = generator.theme_module(generator.query("theme"))
    assert (ROOT / "pureog" / "style" / "tailwind" / "_theme.py").read_text() == expected
