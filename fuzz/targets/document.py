"""Random element trees with properties from the property table and hostile values, rendered small.

Trees are React-shaped (``{type, props}``) or the terse shorthand, nest up to ~40 deep (sometimes
thousands), carry hostile text, attributes (``src``, ``width``, ``tw``) and sometimes a hostile canvas
size. ``execute`` renders at most 64x64 px unless the case itself asks for more.
"""

from __future__ import annotations

import random
from typing import Any

from fuzz import hostile

NAME = "document"
WEIGHT = 3.0

_TAGS = ("div", "div", "div", "span", "p", "h1", "b", "u", "x-custom")
_ODD_TAGS = ("", "br", "DIV", "path", "rect", "img", "svg")
# A 1x1 PNG, so that <img> reaches layout and paint.
_PNG = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
        "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def _properties() -> list[tuple[str, tuple[str, ...]]]:
    from pureog.style.properties import PROPERTIES  # noqa: PLC0415

    return [(name, hostile.keywords_of(prop.values)) for name, prop in sorted(PROPERTIES.items())]


_PROPS = _properties()


def style(rng: random.Random, hostility: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for _ in range(rng.choice((0, 1, 2, 3, 5, 8))):
        roll = rng.random()
        if roll < 0.9:
            name, keywords = rng.choice(_PROPS)
        elif roll < 0.95:
            name, keywords = rng.choice(("--a", "--b", "--brand")), ()
        else:
            name, keywords = hostile.text(rng)[:20], ()
        out[name] = hostile.css_value(rng, keywords, hostility)
    if rng.random() < 0.05:
        # var() cycles and deep var() chains
        out.update({"--a": "var(--b)", "--b": "var(--a)", "width": "var(--a, 10px)"})
    return out


def element(rng: random.Random, depth: int, hostility: float) -> Any:
    if depth <= 0 or rng.random() < 0.25:
        if rng.random() < 1 - hostility:
            return hostile.text(rng)
        return rng.choice((None, True, False, 0, -1, hostile.number(rng), [], {}))
    tag = rng.choice(_ODD_TAGS if rng.random() < hostility / 3 else _TAGS)
    props: dict[str, Any] = {"style": style(rng, hostility)}
    if tag == "img" and rng.random() < 0.8:
        props.update(src=_PNG, width=rng.choice((1, 10, 1e6, -5)), height=rng.choice((1, 10, 1e9)))
    if rng.random() < 0.1:
        props[rng.choice(("src", "width", "height", "tw", "key", "viewBox", "d", "alt"))] = \
            hostile.css_value(rng) if rng.random() < 0.7 else hostile.text(rng)
    n = rng.choice((0, 1, 1, 2, 3, 5))
    children = [element(rng, depth - 1, hostility) for _ in range(n)]
    props["children"] = children[0] if n == 1 and rng.random() < 0.5 else children
    if rng.random() < 0.2:
        return {tag or "div": {"style": props["style"], "children": props["children"]}}  # shorthand
    return {"type": tag, "props": props}


def _deep(rng: random.Random) -> Any:
    # Described, not built: a 20,000-deep dict cannot be pickled to the worker; execute builds it.
    return {"$deep": rng.choice((100, 500, 2000, 20000)), "leaf": hostile.text(rng)}


def _build_deep(spec: dict[str, Any]) -> Any:
    node: Any = spec.get("leaf", "")
    for _ in range(int(spec["$deep"])):
        node = {"type": "div", "props": {"children": node}}
    return node


def _wide(rng: random.Random) -> Any:
    child = {"type": "div", "props": {"style": style(rng, 0.0), "children": "x"}}
    return {"type": "div", "props": {"style": {"flexWrap": "wrap"},
                                     "children": [child] * rng.choice((1000, 10000, 100000))}}


def generate(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.02:
        root = _deep(rng)
    elif roll < 0.04:
        root = _wide(rng)
    else:
        hostility = rng.choice((0.02, 0.05, 0.1, 0.3))
        root = {"type": "div", "props": {"style": style(rng, hostility), "children": [
            element(rng, rng.choice((1, 2, 3, 4, 6)), hostility) for _ in range(rng.randrange(1, 4))]}}
    document: dict[str, Any] = {"element": root}
    if rng.random() < 0.1:
        document["width"] = hostile.number(rng) if rng.random() < 0.7 else hostile.css_value(rng)
        document["height"] = hostile.number(rng)
    else:
        document["width"], document["height"] = rng.choice(((64, 64), (48, 32), (1, 1), (100, 20)))
    return document


def execute(case: Any) -> None:
    import pureog  # noqa: PLC0415

    if isinstance(case, dict) and isinstance(case.get("element"), dict) and "$deep" in case["element"]:
        case = {**case, "element": _build_deep(case["element"])}
    pureog.render_png(case)
