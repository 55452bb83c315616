"""The seed documents of the mutation differential, as raw React-shaped trees.

Role: document files -> :class:`Seed` (canvas, font entries as written, emoji set, the element tree in
React's ``{type, props}`` shape). The YAML shorthand ``{tag: body}`` is rewritten into React's shape and
nothing else is touched: style objects keep their keys and values as written, children stay as given
(strings, numbers, nested lists), so Next.js is sent what a user's JSX would give it, not the tree
pureog normalised (``to_react``). Seeds are the Next-drawn conformance cases (``cards-real`` among
them) that pass today (not listed in ``conformance/expectations.yaml``, no ``features: browser``, no
template), ``examples/`` and ``bench/cards/`` (their Next-drawable cards).

Dev tool: imports yaml and the standard library only.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
CASES_DIR = REPO_ROOT / "conformance" / "cases"
EXPECTATIONS = REPO_ROOT / "conformance" / "expectations.yaml"


@dataclass(frozen=True, slots=True)
class Seed:
    name: str
    """The seed file relative to the repository (``conformance/cases/cards-real/x.yaml``)."""
    width: int
    height: int
    fonts: list[dict[str, Any]]
    emoji: str | None
    element: dict[str, Any]
    """The raw tree in React's shape (fresh copy per :meth:`tree`)."""

    @property
    def base(self) -> str:
        """The directory the seed's relative font and image paths start from (repository-relative)."""
        return str(Path(self.name).parent)

    def tree(self) -> dict[str, Any]:
        return copy.deepcopy(self.element)


def to_react_shape(node: Any) -> Any:
    """A child value with every shorthand element ``{tag: body}`` written as ``{type, props}``."""
    if isinstance(node, list):
        return [to_react_shape(child) for child in node]
    if not isinstance(node, Mapping):
        return node  # text, numbers, booleans, null: as written
    if "type" in node:
        props = dict(node.get("props") or {})
        if "children" in props:
            props["children"] = to_react_shape(props["children"])
        out = {"type": node["type"], "props": props}
        return out
    if len(node) != 1:
        raise ValueError(f"not an element: {sorted(node)[:3]}")
    (tag, body), = node.items()
    if body is None:
        return {"type": tag, "props": {}}
    if isinstance(body, Mapping):
        props = dict(body)
        if "children" in props:
            props["children"] = to_react_shape(props["children"])
        return {"type": tag, "props": props}
    return {"type": tag, "props": {"children": to_react_shape(body)}}


def _listed_failures() -> set[str]:
    data = yaml.safe_load(EXPECTATIONS.read_text(encoding="utf-8")) if EXPECTATIONS.is_file() else None
    return {str(k) for k in (data or {})}


def load_seed(path: Path) -> Seed | None:
    """The seed of one document file, or None when it is not one (template, browser features, Chromium
    reference, a bare element list)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, Mapping) or "element" not in data or "data" in data:
        return None
    case = data.get("case")
    if isinstance(case, Mapping) and case.get("reference", "next") != "next":
        return None
    if data.get("features", "satori") != "satori" or data.get("debug"):
        return None
    try:
        element = to_react_shape(data["element"])
    except ValueError:
        return None
    if not isinstance(element, dict):
        return None
    fonts = [dict(f) for f in data.get("fonts") or [] if isinstance(f, Mapping) and "path" in f]
    return Seed(path.resolve().relative_to(REPO_ROOT).as_posix(), int(data.get("width", 1200)),
                int(data.get("height", 630)), fonts, data.get("emoji"), element)


def seed_paths() -> list[Path]:
    listed = _listed_failures()
    paths = []
    for path in sorted(CASES_DIR.rglob("*.yaml")):
        case_id = path.relative_to(CASES_DIR).with_suffix("").as_posix()
        if case_id in listed or not path.with_name(f"{path.stem}.ref.png").is_file():
            continue
        paths.append(path)
    paths += sorted((REPO_ROOT / "examples").glob("*.yaml"))
    paths += sorted(p for p in (REPO_ROOT / "bench" / "cards").glob("*.yaml") if p.stem != "browser")
    return paths


def load_seeds() -> list[Seed]:
    seeds = []
    for path in seed_paths():
        seed = load_seed(path)
        if seed is not None:
            seeds.append(seed)
    return seeds
