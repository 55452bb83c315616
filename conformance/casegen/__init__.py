"""Authoring helpers for the conformance cases: small Python builders -> ``conformance/cases/**.yaml``.

Role: the cases were first written here, as Python data (one function call per behaviour), and dumped to
YAML by ``python -m conformance.casegen``. The YAML files are the source of truth afterwards: the
generator never overwrites an existing case unless ``--force`` is given, so hand edits survive, and a
new case may be written directly as YAML without touching this package (see spec/conformance.md).

Input -> output: :class:`CaseSpec` values -> YAML documents with a top-level ``case:`` mapping
(title, features, optional tolerance with a mandatory reason) next to pureog's own document keys.
Imports only the standard library and yaml; never :mod:`pureog`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SMALL = (200, 200)
WIDE = (400, 210)
CARD = (1200, 630)

FONTS = "../../fonts"
ASSETS = "../../assets"


@dataclass(frozen=True, slots=True)
class CaseSpec:
    area: str
    name: str
    title: str
    features: tuple[str, ...]
    element: dict[str, Any]
    size: tuple[int, int] = SMALL
    fonts: tuple[dict[str, Any], ...] = ()
    debug: bool = False
    tolerance: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def document(self) -> dict[str, Any]:
        case: dict[str, Any] = {"title": self.title, "features": list(self.features)}
        if self.tolerance is not None:
            if not self.tolerance.get("reason"):
                raise ValueError(f"{self.area}/{self.name}: a tolerance needs a reason")
            case["tolerance"] = dict(self.tolerance)
        doc: dict[str, Any] = {"case": case, "width": self.size[0], "height": self.size[1]}
        if self.fonts:
            doc["fonts"] = [dict(f) for f in self.fonts]
        if self.debug:
            doc["debug"] = True
        doc.update(self.extra)
        doc["element"] = self.element
        return doc


def el(tag: str, style: dict[str, Any] | None = None, children: Any = None, **attrs: Any) -> dict[str, Any]:
    """One element in the YAML shorthand (``tag: {style, children, attrs}``)."""
    props: dict[str, Any] = {}
    if style:
        props["style"] = style
    props.update(attrs)
    if children is not None:
        props["children"] = children
    return {tag: props or None}


def div(style: dict[str, Any] | None = None, children: Any = None, **attrs: Any) -> dict[str, Any]:
    return el("div", style, children, **attrs)


def frame(children: Any, style: dict[str, Any] | None = None) -> dict[str, Any]:
    """The usual root: a white canvas-filling flex box."""
    base: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white"}
    base.update(style or {})
    return div(base, children)


def centered(children: Any, style: dict[str, Any] | None = None) -> dict[str, Any]:
    base = {"alignItems": "center", "justifyContent": "center"}
    base.update(style or {})
    return frame(children, base)


def box(color: str, w: Any = 40, h: Any = 40, **style: Any) -> dict[str, Any]:
    return div({"width": w, "height": h, "backgroundColor": color, **style})


def font(name: str, path: str, weight: int = 400, style: str = "normal") -> dict[str, Any]:
    return {"name": name, "path": f"{FONTS}/{path}", "weight": weight, "style": style}


def case(area: str, name: str, title: str, features: str | tuple[str, ...] | list[str], element: dict[str, Any],
         **kw: Any) -> CaseSpec:
    feats = (features,) if isinstance(features, str) else tuple(features)
    return CaseSpec(area, name, title, feats, element, **kw)


PALETTE = ("#e63946", "#2a9d8f", "#457b9d", "#f4a261", "#6d597a")
