"""The icon sets the icon generator samples, read from installed npm packages.

Role: ``load_set(node_modules, name) -> IconSet``: every SVG of one set as text, in a stable order, with
the package's version and licence (from its ``package.json``). Plain sets are SVG files under globs of
their package; ``@iconify-json/*`` sets are one ``icons.json`` whose icons are SVG bodies, wrapped here
as Iconify's own ``iconToSVG`` wraps them (``viewBox`` from the icon's or the set's left, top, width and
height; default 16 x 16). Install the packages once with npm (``npm install --ignore-scripts <names>``
in a scratch directory); nothing of them is committed. Standard library only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SetSpec:
    name: str
    package: str
    globs: tuple[str, ...] = ()
    """File globs under the package directory; empty for an Iconify JSON set."""
    kind: str = "mono"
    """``stroke`` (outline icons drawn with currentColor strokes), ``mono`` (filled, one colour) or
    ``colour`` (logos, flags and emoji with their own colours)."""


SETS: tuple[SetSpec, ...] = (
    SetSpec("lucide", "lucide-static", ("icons/*.svg",), "stroke"),
    SetSpec("tabler", "@tabler/icons", ("icons/outline/*.svg", "icons/filled/*.svg"), "stroke"),
    SetSpec("heroicons", "heroicons", ("24/outline/*.svg", "24/solid/*.svg", "20/solid/*.svg", "16/solid/*.svg"),
            "stroke"),
    SetSpec("simple-icons", "simple-icons", ("icons/*.svg",)),
    SetSpec("feather", "feather-icons", ("dist/icons/*.svg",), "stroke"),
    SetSpec("bootstrap", "bootstrap-icons", ("icons/*.svg",)),
    SetSpec("ionicons", "ionicons", ("dist/svg/*.svg",), "stroke"),
    SetSpec("phosphor", "@phosphor-icons/core", ("assets/*/*.svg",)),
    SetSpec("material", "@material-design-icons/svg", ("*/*.svg",)),
    SetSpec("octicons", "@primer/octicons", ("build/svg/*.svg",)),
    SetSpec("remixicon", "remixicon", ("icons/*/*.svg",)),
    SetSpec("devicon", "devicon", ("icons/*/*.svg",), "colour"),
    SetSpec("flag-icons", "flag-icons", ("flags/4x3/*.svg", "flags/1x1/*.svg"), "colour"),
    SetSpec("twemoji", "@twemoji/svg", ("*.svg",), "colour"),
    SetSpec("iconify-logos", "@iconify-json/logos", (), "colour"),
    SetSpec("iconify-mdi", "@iconify-json/mdi"),
    SetSpec("iconify-fluent-emoji-flat", "@iconify-json/fluent-emoji-flat", (), "colour"),
    SetSpec("iconify-noto", "@iconify-json/noto", (), "colour"),
)
SET_NAMES = tuple(s.name for s in SETS)

NOTICES: dict[str, str] = {
    "lucide": "ISC licence, Copyright (c) 2026 Lucide Icons and Contributors (icons derived from Feather: MIT, "
              "Copyright (c) 2013-present Cole Bemis)",
    "tabler": "MIT licence, Copyright (c) 2020-2026 Paweł Kuna",
    "heroicons": "MIT licence, Copyright (c) Tailwind Labs, Inc.",
    "simple-icons": "CC0-1.0 (the brand marks remain their owners' trademarks)",
    "feather": "MIT licence, Copyright (c) 2013-2023 Cole Bemis",
    "bootstrap": "MIT licence, Copyright (c) 2019-2024 The Bootstrap Authors",
    "ionicons": "MIT licence, Copyright (c) 2015-present Ionic",
    "phosphor": "MIT licence, Copyright (c) 2023 Phosphor Icons",
    "material": "Apache-2.0, Google's Material Design icons",
    "octicons": "MIT licence, Copyright (c) 2026 GitHub Inc.",
    "remixicon": "Remix Icon License v1.0 (Remix Design): not a free licence, kept out of the committed slice",
    "devicon": "MIT licence, Copyright (c) 2015 konpa (the logos remain their owners' trademarks)",
    "flag-icons": "MIT licence, Copyright (c) 2013 Panayiotis Lipiridis",
    "twemoji": "graphics CC-BY 4.0, Copyright 2020 Twitter, Inc and other contributors "
               "(package MIT, Copyright (c) 2023 Samuel Kopp)",
    "iconify-logos": "CC0-1.0, SVG Logos by Gil Barbara (the logos remain their owners' trademarks)",
    "iconify-mdi": "Apache-2.0, Material Design Icons by Pictogrammers",
    "iconify-fluent-emoji-flat": "MIT licence, Copyright (c) Microsoft Corporation (Fluent Emoji)",
    "iconify-noto": "Apache-2.0, Noto Emoji by Google Inc",
}
"""Each set's licence and copyright, for the committed slice's LICENSES.md and the cases' headers."""
SLICE_SETS = tuple(name for name in SET_NAMES if name != "remixicon")
"""The sets whose icons may sit in the committed slice (freely licensed)."""


@dataclass(frozen=True, slots=True)
class Icon:
    set: str
    name: str
    svg: str


@dataclass(frozen=True, slots=True)
class IconSet:
    spec: SetSpec
    version: str
    licence: str
    icons: tuple[Icon, ...]


def _iconify_svg(body: str, icon: dict[str, object], defaults: dict[str, object]) -> str:
    def get(key: str, fallback: float) -> float:
        value = icon.get(key, defaults.get(key, fallback))
        return float(value) if isinstance(value, (int, float)) else fallback

    left, top, width, height = get("left", 0), get("top", 0), get("width", 16), get("height", 16)
    box = " ".join(f"{v:g}" for v in (left, top, width, height))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
            f'viewBox="{box}">{body}</svg>')


def load_set(node_modules: Path, name: str) -> IconSet:
    spec = next(s for s in SETS if s.name == name)
    root = node_modules / spec.package
    meta = json.loads((root / "package.json").read_text(encoding="utf-8"))
    licence = str(meta.get("license") or meta.get("licenses") or "unknown")
    icons: list[Icon] = []
    if spec.globs:
        files = sorted({p for g in spec.globs for p in root.glob(g) if p.is_file()})
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            icons.append(Icon(name, str(path.relative_to(root)), text))
    else:
        data = json.loads((root / "icons.json").read_text(encoding="utf-8"))
        defaults = {k: v for k, v in data.items() if k in ("left", "top", "width", "height")}
        for icon_name, icon in sorted(data.get("icons", {}).items()):
            icons.append(Icon(name, icon_name, _iconify_svg(str(icon["body"]), icon, defaults)))
    return IconSet(spec, str(meta.get("version", "")), licence, tuple(icons))
