"""The import rule of pureog/svg_export (spec/architecture.md): the display-list side of pureog only."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "pureog" / "svg_export"
ALLOWED = {"pureog.display", "pureog.path", "pureog.geometry", "pureog.color", "pureog.errors",
           "pureog.raster.png", "pureog.raster.pixmap", "pureog.svg_export", "pureog.records"}


def test_svg_export_imports_only_the_display_list_side() -> None:
    problems = []
    for file in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(file.read_text(), str(file))
        assert file.name == "__init__.py" or ast.get_docstring(tree), f"{file.name} has no module docstring"
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else []
            for name in names:
                if name.startswith("pureog") and not any(name == a or name.startswith(a + ".") for a in ALLOWED):
                    problems.append(f"{file.name} imports {name}")
                if not name.startswith("pureog") and name.split(".")[0] not in ("__future__", "base64", "math",
                                                                                 "dataclasses", "collections"):
                    problems.append(f"{file.name} imports {name}")
    assert problems == []
