"""The import rules of spec/architecture.md, checked on the source (not at runtime)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pureog"

# package (or module) -> pureog packages it must never import
FORBIDDEN = {
    "raster": {"style", "layout", "text", "document", "paint", "images", "pipeline", "api", "cli"},
    "layout": {"text", "paint", "raster", "pipeline", "api", "cli"},
    "style": {"layout", "text", "paint", "raster", "pipeline", "api", "cli"},
    "document": {"style", "layout", "text", "paint", "raster", "pipeline", "api", "cli"},
    "text": {"layout", "paint", "raster", "pipeline", "api", "cli"},
    "images": {"layout", "text", "paint", "raster", "pipeline", "api", "cli", "web"},
    "stroke": {"style", "layout", "text", "document", "paint", "raster", "display", "images"},
    "display": {"style", "layout", "text", "document", "paint", "raster"},
    "path": {"style", "layout", "text", "document", "paint", "raster", "display", "stroke", "images"},
    "geometry": {"style", "layout", "text", "document", "paint", "raster", "display", "path", "color"},
    "matrix3d": {"style", "layout", "text", "document", "paint", "raster", "display", "path", "color", "errors"},
    "color": {"style", "layout", "text", "document", "paint", "raster", "display", "path"},
    "f32": {"errors", "style", "layout", "text", "document", "paint", "raster", "display", "path", "geometry",
            "stroke", "images", "color"},
    "records": {"errors", "style", "layout", "text", "document", "paint", "raster", "display", "path", "geometry",
                "stroke", "images", "color", "f32"},
    "errors": {"style", "layout", "text", "document", "paint", "raster", "display", "path", "color"},
    "lazy_re": {"errors", "style", "layout", "text", "document", "paint", "raster", "display", "path", "geometry",
                "stroke", "images", "color", "f32", "records", "caches", "limits"},
}
# third-party module -> the only places allowed to import it
OWNERS = {"fontTools": ("text",), "yaml": ("document",), "png": ("raster/png.py",)}


def _imports(file: Path) -> set[str]:
    tree = ast.parse(file.read_text(), str(file))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _area(file: Path) -> str:
    rel = file.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def test_import_direction() -> None:
    problems = []
    for file in PACKAGE.rglob("*.py"):
        area = _area(file)
        for name in _imports(file):
            parts = name.split(".")
            if parts[0] == "pureog" and len(parts) > 1 and parts[1] in FORBIDDEN.get(area, ()):
                problems.append(f"{file.relative_to(PACKAGE)} imports {name}")
    assert not problems, problems


def test_third_party_owners() -> None:
    problems = []
    for file in PACKAGE.rglob("*.py"):
        rel = file.relative_to(PACKAGE).as_posix()
        for name in _imports(file):
            top = name.split(".")[0]
            owners = OWNERS.get(top)
            if owners and not any(rel == o or rel.startswith(o + "/") for o in owners):
                problems.append(f"{rel} imports {name}")
    assert not problems, problems


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(f.relative_to(PACKAGE))
        for f in PACKAGE.rglob("*.py")
        if f.name != "__init__.py"
        and not f.name.startswith("_")
        and ast.get_docstring(ast.parse(f.read_text())) is None
    ]
    assert not missing, missing
