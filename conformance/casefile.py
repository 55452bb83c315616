"""Conformance case files: discovery, the ``case:`` self-description, and the document without it.

Role: ``conformance/cases/<area>/<name>.yaml`` -> :class:`CaseInfo` (area, name, title, features,
thresholds) plus the pureog document mapping with the ``case`` key removed (pureog's loader rejects
unknown top-level keys, so the runner and the oracle both strip it here). Input: a path; output: plain
frozen data and a dict. Imports yaml and :mod:`pureog.document` only for :func:`load_document`
(never the renderer).

A case file::

    case:
      title: textAlign: center on wrapped lines    # required
      features: [textAlign]                        # required, at least one
      reference: chromium                          # optional: who drew <name>.ref.png (default next)
      tolerance:                                   # optional; reason is mandatory
        min_psnr: 24
        max_off_share: 0.03
        reason: resvg and pureog anti-alias hairlines differently
    width: 200
    height: 200
    element: ...
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CONFORMANCE_DIR = Path(__file__).resolve().parent
CASES_DIR = CONFORMANCE_DIR / "cases"
DEFAULT_MIN_PSNR = 30.0
DEFAULT_MAX_OFF_SHARE = 0.01
_CASE_KEYS = frozenset({"title", "features", "tolerance", "reference"})
REFERENCE_SOURCES = ("next", "chromium")
"""Who drew a case's reference PNG: Next.js ``ImageResponse`` (``conformance/oracle``), or headless
Chromium (``conformance/chromium``) for features Next.js has no output for (it throws on
``display: grid``)."""
_TOLERANCE_KEYS = frozenset({"min_psnr", "max_off_share", "reason"})


class CaseFormatError(ValueError):
    """A case file whose ``case:`` block is missing or malformed (a bug in the suite, not in pureog)."""


@dataclass(frozen=True, slots=True)
class CaseInfo:
    id: str
    """``<area>/<name>``: how the runner, the report and expectations.yaml name the case."""
    area: str
    name: str
    path: Path
    title: str
    features: tuple[str, ...]
    min_psnr: float = DEFAULT_MIN_PSNR
    max_off_share: float = DEFAULT_MAX_OFF_SHARE
    tolerance_reason: str = ""
    reference_source: str = "next"
    """``next`` or ``chromium``: who drew :attr:`reference` (see :data:`REFERENCE_SOURCES`)."""

    @property
    def reference(self) -> Path:
        return self.path.with_name(f"{self.path.stem}.ref.png")


def case_id(path: Path, root: Path = CASES_DIR) -> str:
    rel = path.resolve().relative_to(root.resolve())
    return rel.with_suffix("").as_posix()


def read_case(path: str | Path, root: Path = CASES_DIR) -> tuple[CaseInfo, dict[str, Any]]:
    """Parse a case file: its description and the document mapping without ``case``."""
    path = Path(path).resolve()
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise CaseFormatError(f"{path}: expected a mapping at the top level")
    meta = data.get("case")
    if not isinstance(meta, dict):
        raise CaseFormatError(f"{path}: missing the 'case:' mapping (title, features)")
    unknown = sorted(set(meta) - _CASE_KEYS)
    if unknown:
        raise CaseFormatError(f"{path}: unknown key case.{unknown[0]} (allowed: {', '.join(sorted(_CASE_KEYS))})")
    title, features = meta.get("title"), meta.get("features")
    if not isinstance(title, str) or not title.strip():
        raise CaseFormatError(f"{path}: case.title must be a non-empty string")
    if not isinstance(features, list) or not features or not all(isinstance(f, str) for f in features):
        raise CaseFormatError(f"{path}: case.features must be a non-empty list of strings")
    min_psnr, max_off, reason = DEFAULT_MIN_PSNR, DEFAULT_MAX_OFF_SHARE, ""
    tolerance = meta.get("tolerance")
    if tolerance is not None:
        if not isinstance(tolerance, dict) or set(tolerance) - _TOLERANCE_KEYS:
            raise CaseFormatError(f"{path}: case.tolerance takes only {', '.join(sorted(_TOLERANCE_KEYS))}")
        given = tolerance.get("reason")
        if not isinstance(given, str) or not given.strip():
            raise CaseFormatError(f"{path}: case.tolerance needs a reason")
        reason = given.strip()
        min_psnr = _number(tolerance.get("min_psnr", min_psnr), path, "min_psnr")
        max_off = _number(tolerance.get("max_off_share", max_off), path, "max_off_share")
    source = meta.get("reference", "next")
    if source not in REFERENCE_SOURCES:
        raise CaseFormatError(f"{path}: case.reference must be one of {', '.join(REFERENCE_SOURCES)}")
    cid = case_id(path, root)
    area = cid.split("/", 1)[0] if "/" in cid else ""
    info = CaseInfo(cid, area, path.stem, path, title.strip(), tuple(features), min_psnr, max_off, reason or "",
                    source)
    document = {k: v for k, v in data.items() if k != "case"}
    return info, document


def _number(value: Any, path: Path, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise CaseFormatError(f"{path}: case.tolerance.{key} must be a number")
    return float(value)


def load_document(path: str | Path) -> Any:
    """The pureog ``Document`` of a case file or of a plain document (``case:`` removed if present)."""
    from pureog.document.load import from_mapping, load  # noqa: PLC0415 (keep this module light)

    path = Path(path).resolve()
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if isinstance(data, dict) and "case" in data:
        data = {k: v for k, v in data.items() if k != "case"}
        return from_mapping(data, base_dir=str(path.parent), root=_root(path))
    return load(path, root=_root(path))


def reference_source(path: str | Path) -> str:
    """Who draws the reference of a document: ``chromium`` for a case that says so, else ``next``
    (plain documents and examples included). The Next.js oracle skips the others."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    meta = data.get("case") if isinstance(data, dict) else None
    source = meta.get("reference", "next") if isinstance(meta, dict) else "next"
    return str(source)


def _root(path: Path) -> str | None:
    """Cases share conformance/fonts and conformance/assets: files may be read anywhere in conformance/
    (spec/security.md: a caller-chosen root)."""
    return str(CASES_DIR.parent) if CASES_DIR.parent in path.parents else None


def discover(filters: Sequence[str] = (), root: Path = CASES_DIR) -> list[Path]:
    """Every case file under ``root`` (sorted), keeping those whose id contains any of ``filters``."""
    found = sorted(p.resolve() for p in root.rglob("*.yaml")) if root.is_dir() else []
    if filters:
        found = [p for p in found if any(f in case_id(p, root) for f in filters)]
    return found


def areas(infos: Iterable[CaseInfo]) -> list[str]:
    return sorted({i.area for i in infos})


def relative(path: Path, start: Path) -> str:
    return os.path.relpath(path, start).replace(os.sep, "/")
