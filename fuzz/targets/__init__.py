"""Fuzz targets: one module per target; see :mod:`fuzz` for the interface. Discovered by name."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def all_targets() -> dict[str, ModuleType]:
    """Every target module here, by ``NAME`` (modules without ``NAME`` are helpers)."""
    found: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        name = getattr(module, "NAME", None)
        if isinstance(name, str):
            if name in found:
                raise ValueError(f"two fuzz targets named {name!r}")
            found[name] = module
    return found
