"""Which effect makes a failing paint document fail? Remove one effect family at a time and rescore.

Role: ``ablate(paths, workdir) -> {document name: [families whose removal makes it pass]}``. For every
failing document and every effect family it uses (box shadows, transforms, masks, clips, ...), a copy
without that family's style properties is written to ``workdir``, drawn by the oracle and by pureog,
and scored. A family whose removal turns the document green is implicated; several can be (the
failure needs them together), none means the effects interact. This names the class of a failure
before anyone looks at pixels; ``python -m conformance.paintgen --ablate`` prints it for a run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conformance.paintgen.driver import draw_references, load_slice_document, render_and_score

FAMILIES: dict[str, tuple[str, ...]] = {
    "boxShadow": ("boxShadow",),
    "textShadow": ("textShadow",),
    "WebkitTextStroke": ("WebkitTextStroke",),
    "transform": ("transform", "transformOrigin"),
    "maskImage": ("maskImage", "maskSize", "maskRepeat", "maskPosition"),
    "clipPath": ("clipPath",),
    "overflow": ("overflow",),
    "borderRadius": ("borderRadius",),
    "backgroundImage": ("backgroundImage", "backgroundSize", "backgroundRepeat", "backgroundPosition",
                        "backgroundClip"),
    "opacity": ("opacity",),
    "border": ("border", "borderTop", "borderRight", "borderBottom", "borderLeft", "borderWidth",
               "borderColor", "borderStyle"),
    "objectFit": ("objectFit", "objectPosition"),
}


def without(node: Any, keys: frozenset[str]) -> Any:
    """``node`` (a document or element in the shorthand) with ``keys`` dropped from every style."""
    if isinstance(node, dict):
        return {k: ({p: v for p, v in value.items() if p not in keys} if k == "style" and isinstance(value, dict)
                    else without(value, keys)) for k, value in node.items()}  # fmt: skip
    if isinstance(node, list):
        return [without(child, keys) for child in node]
    return node


def ablate(paths: list[Path], workdir: Path) -> dict[str, list[str]]:
    """The effect families whose removal makes each of ``paths`` pass (see the module docstring).
    ``workdir`` must sit as deep as the documents' directory: their relative asset paths are kept."""
    workdir.mkdir(parents=True, exist_ok=True)
    variants: list[tuple[str, str, Path]] = []
    for path in paths:
        document = load_slice_document(path)
        text = json.dumps(document)
        for family, keys in FAMILIES.items():
            if not any(f'"{key}"' in text for key in keys):
                continue
            out = workdir / f"{path.stem}-{family}.json"
            out.write_text(json.dumps(without(document, frozenset(keys))), encoding="utf-8")
            variants.append((path.stem, family, out))
    refused = draw_references([v[2] for v in variants])
    found: dict[str, list[str]] = {path.stem: [] for path in paths}
    for name, family, out in variants:
        if out not in refused and render_and_score(str(out), False)[0] == "pass":
            found[name].append(family)
    return found


__all__ = ["FAMILIES", "ablate", "without"]
