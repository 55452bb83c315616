"""Differential check against the real Yoga 3.2.1 (dev-only; not collected by pytest).

Needs ``/tmp/yoga-check`` with ``npm i yoga-layout@3.2.1`` and ``run.mjs``. Generates random trees,
lays them out with both engines and prints mismatches. Usage:
``python -m tests.layout.yoga_diff [count] [seed]``.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys

from pureog.layout.flex import compute
from pureog.layout.node import AUTO, FlexStyle, LayoutInput, LayoutResult, Percent
from pureog.records import fields
from pureog.style.values import Align, BoxSizing, Display, FlexDirection, FlexWrap, Justify, Position
from tests.layout.fakes import FixedLeaf, TextLeaf

_JS_NAME = {
    "border_top": "borderTop",
    "border_right": "borderRight",
    "border_bottom": "borderBottom",
    "border_left": "borderLeft",
}


def _camel(name: str) -> str:
    if name in _JS_NAME:
        return _JS_NAME[name]
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def _value(v: object) -> object:
    if isinstance(v, Percent):
        return f"{v.value}%"
    if v is AUTO:
        return "auto"
    if hasattr(v, "value") and isinstance(v.value, str):
        return v.value  # type: ignore[attr-defined]
    return v


def to_json(node: LayoutInput) -> dict[str, object]:
    style: dict[str, object] = {"flexDirection": node.style.flex_direction.value}
    default = FlexStyle()
    for f in fields(FlexStyle):
        v = getattr(node.style, f.name)
        if v == getattr(default, f.name) or v is None or f.name == "flex_direction":
            continue
        style[_camel(f.name)] = _value(v)
    out: dict[str, object] = {"style": style, "children": [to_json(c) for c in node.children]}
    if node.measure is not None:
        out["measure"] = node.measure.spec  # type: ignore[attr-defined]
    return out


def run_yoga(cases: list[tuple[LayoutInput, float, float]]) -> list[object]:
    payload = json.dumps([{"tree": to_json(t), "width": w, "height": h} for t, w, h in cases])
    out = subprocess.run(
        ["node", "run.mjs"], cwd="/tmp/yoga-check", input=payload, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def to_nested(r: LayoutResult) -> list[object]:
    box = [None if v != v else v for v in (r.x, r.y, r.width, r.height)]
    return [box, [to_nested(c) for c in r.children]]


def _dim(rng: random.Random, allow_auto: bool = True) -> object:
    k = rng.random()
    if k < 0.45:
        return None if not allow_auto else AUTO
    if k < 0.8:
        return float(rng.choice([0, 10, 20, 25, 33, 50, 75, 100, 120, 17.5, 13.3]))
    return Percent(float(rng.choice([10, 25, 33, 50, 100, 33.3])))


def random_style(rng: random.Random, depth: int) -> FlexStyle:
    kw: dict[str, object] = {}
    if rng.random() < 0.6:
        kw["width"] = _dim(rng)
    if rng.random() < 0.6:
        kw["height"] = _dim(rng)
    kw["flex_direction"] = rng.choice(list(FlexDirection))
    if rng.random() < 0.4:
        kw["flex_wrap"] = rng.choice(list(FlexWrap))
    if rng.random() < 0.4:
        kw["flex_grow"] = rng.choice([0.0, 1.0, 2.0, 0.5])
    if rng.random() < 0.4:
        kw["flex_shrink"] = rng.choice([0.0, 1.0, 2.0, 0.5])
    if rng.random() < 0.3:
        kw["flex_basis"] = _dim(rng)
    if rng.random() < 0.4:
        kw["justify_content"] = rng.choice(list(Justify))
    if rng.random() < 0.4:
        kw["align_items"] = rng.choice([a for a in Align if a not in (Align.AUTO,) and not a.value.startswith("space")])
    if rng.random() < 0.3:
        kw["align_self"] = rng.choice([a for a in Align if not a.value.startswith("space")])
    if rng.random() < 0.3:
        kw["align_content"] = rng.choice([a for a in Align if a not in (Align.AUTO, Align.BASELINE)])
    for side in ("top", "right", "bottom", "left"):
        if rng.random() < 0.2:
            kw["margin_" + side] = rng.choice([5.0, 10.0, 2.5, AUTO, Percent(10.0), -5.0])
        if rng.random() < 0.2:
            kw["padding_" + side] = rng.choice([5.0, 10.0, 3.5, Percent(5.0)])
        if rng.random() < 0.15:
            kw["border_" + side] = rng.choice([1.0, 2.0, 4.0])
    if rng.random() < 0.15:
        kw["position"] = Position.ABSOLUTE
        for side in ("top", "right", "bottom", "left"):
            if rng.random() < 0.4:
                kw[side] = rng.choice([0.0, 10.0, 5.5, Percent(10.0), Percent(50.0)])
    elif rng.random() < 0.1:
        kw["position"] = Position.STATIC
    elif rng.random() < 0.1:
        kw["top"] = 7.0
        kw["left"] = Percent(10.0)
    for name in ("min_width", "min_height", "max_width", "max_height"):
        if rng.random() < 0.1:
            kw[name] = rng.choice([20.0, 50.0, 80.0, Percent(40.0)])
    if rng.random() < 0.15:
        kw["row_gap"] = rng.choice([5.0, 10.0, Percent(10.0)])
    if rng.random() < 0.15:
        kw["column_gap"] = rng.choice([5.0, 10.0, Percent(10.0)])
    if rng.random() < 0.05:
        kw["display"] = Display.NONE
    if rng.random() < 0.08:
        kw["box_sizing"] = BoxSizing.CONTENT_BOX
    if rng.random() < 0.06:
        kw["aspect_ratio"] = rng.choice([1.0, 2.0, 0.5, 1.5])
    return FlexStyle(**kw)  # type: ignore[arg-type]


def random_tree(rng: random.Random, depth: int = 0) -> LayoutInput:
    style = random_style(rng, depth)
    if depth >= 3 or rng.random() < 0.3 * depth:
        if rng.random() < 0.6:
            leaf = rng.choice(
                [
                    FixedLeaf(rng.choice([10.0, 23.5, 40.0]), rng.choice([10.0, 15.25, 30.0])),
                    TextLeaf(rng.randint(1, 30), rng.choice([5.0, 7.25, 8.0]), rng.choice([10.0, 12.5])),
                ]
            )
            return LayoutInput(style, (), leaf)
        return LayoutInput(style)
    n = rng.randint(1, 4)
    return LayoutInput(style, tuple(random_tree(rng, depth + 1) for _ in range(n)))


def _norm(x: object) -> object:
    if isinstance(x, list):
        return [_norm(v) for v in x]
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def _huge(x: object) -> bool:
    """Degenerate trees (float overflow, 1e17 sizes) differ by float32-vs-float64 noise: skip."""
    if isinstance(x, list):
        return any(_huge(v) for v in x)
    return isinstance(x, (int, float)) and abs(x) > 1e6


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    cases = []
    for _ in range(count):
        tree = random_tree(rng)
        cases.append((tree, rng.choice([100.0, 200.0, 300.0, 157.0]), rng.choice([100.0, 200.0, 123.0])))
    expected = run_yoga(cases)
    bad = []
    for i, ((tree, w, h), exp) in enumerate(zip(cases, expected, strict=False)):
        try:
            got = to_nested(compute(tree, w, h))
        except Exception as e:  # noqa: BLE001 - report and continue
            got = repr(e)
        if _norm(got) != _norm(exp) and not (_huge(got) or _huge(exp)):
            bad.append((len(json.dumps(to_json(tree))), i, tree, w, h, exp, got))
    bad.sort(key=lambda b: b[0])
    for _, i, tree, w, h, exp, got in bad[:limit]:
        print(f"case {i}: w={w} h={h}\n tree={json.dumps(to_json(tree))}")
        print(f" yoga={json.dumps(exp)}\n ours={json.dumps(got)}\n")
    bad = len(bad)
    print(f"{count - bad}/{count} match")


_ENUM_FIELDS = {
    "display": Display,
    "position": Position,
    "flex_direction": FlexDirection,
    "flex_wrap": FlexWrap,
    "justify_content": Justify,
    "align_items": Align,
    "align_self": Align,
    "align_content": Align,
    "box_sizing": BoxSizing,
}
_PY_NAME = {_camel(f.name): f.name for f in fields(FlexStyle)}


def from_json(data: dict[str, object]) -> LayoutInput:
    """Inverse of :func:`to_json` (for stored, Yoga-verified cases)."""
    kw: dict[str, object] = {}
    for key, value in data["style"].items():  # type: ignore[attr-defined]
        name = _PY_NAME[key]
        if name in _ENUM_FIELDS:
            kw[name] = _ENUM_FIELDS[name](value)
        elif value == "auto":
            kw[name] = AUTO
        elif isinstance(value, str) and value.endswith("%"):
            kw[name] = Percent(float(value[:-1]))
        else:
            kw[name] = float(value)  # type: ignore[arg-type]
    measure = None
    spec = data.get("measure")
    if isinstance(spec, dict):
        if spec["kind"] == "fixed":
            measure = FixedLeaf(spec["w"], spec["h"])
        else:
            measure = TextLeaf(spec["n"], spec["cw"], spec["lh"])
    children = tuple(from_json(c) for c in data["children"])  # type: ignore[union-attr]
    return LayoutInput(FlexStyle(**kw), children, measure)  # type: ignore[arg-type]


def record(path: str, count: int, seed: int, max_chars: int = 1200) -> None:
    """Write ``count`` small random trees that Yoga and pureog agree on to ``path`` (JSON)."""
    rng = random.Random(seed)
    cases = []
    while len(cases) < count * 3:
        tree = random_tree(rng)
        if len(json.dumps(to_json(tree))) <= max_chars:
            cases.append((tree, rng.choice([100.0, 200.0, 300.0, 157.0]), rng.choice([100.0, 200.0, 123.0])))
    expected = run_yoga(cases)
    out = []
    for (tree, w, h), exp in zip(cases, expected, strict=False):
        if _norm(to_nested(compute(tree, w, h))) == _norm(exp) and not _huge(exp) and len(out) < count:
            out.append({"tree": to_json(tree), "width": w, "height": h, "yoga": exp})
    with open(path, "w") as f:
        json.dump(out, f, indent=None, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
