"""Templates with data: placeholders, filters with huge inputs, ``$each`` over big and nested lists,
``$if``, expressions that try to reach Python attributes or call functions. Expanded and rendered small.
"""

from __future__ import annotations

import random
from typing import Any

from fuzz import hostile

NAME = "template"
WEIGHT = 1.0

_PATHS = ("title", "tags", "author.name", "author", "n", "big", "tags[0]", "tags.0", "author['name']", "missing",
          "loop.index", "item", "title.__class__", "title.upper", "__class__", "author.__dict__", "tags[-1]",
          "tags[99999999999]", "n.real", "author['__init__']", "big[0]", "nested")
_FILTERS = ("upper", "lower", "capitalize", "title", "trim", "default('x')", "truncate(5)", "truncate(-1)",
            "truncate(1e9)", "truncate(99999999999999999999)", "join", "join('" + "-" * 1000 + "')", "length",
            "first", "last", "slice(0, 3)", "slice(-1e9, 1e9)", "items", "replace('a', 'aaaaaaaaaa')",
            "replace('', 'xxxxxxxx')", "string", "date", "date('%Y%Y%Y%Y')", "nosuch", "upper()", "join(1, 2)",
            "__import__('os')", "replace(title, title)")


def _expression(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.7:
        expr = rng.choice(_PATHS)
    elif roll < 0.8:
        expr = rng.choice(("'text'", "12", "-1.5", "1e308", "true", "null", "'\\x00'", "((((((1))))))"))
    else:
        expr = f"{rng.choice(_PATHS)} {rng.choice(('==', '<', 'and', 'or', '!='))} {rng.choice(_PATHS)}"
    for _ in range(rng.choice((0, 0, 1, 2, 5))):
        expr += " | " + rng.choice(_FILTERS)
    if rng.random() < 0.03:
        expr = "(" * 500 + expr + ")" * 500
    return expr


def _string(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return "{{ " + _expression(rng) + " }}"
    junk = rng.choice(("{{", "}}", "{{ }}")) if rng.random() < 0.05 else ""
    if rng.random() < 0.02:  # runs of unclosed or nested braces: the placeholder scan must stay linear
        junk = rng.choice(("{{ x", "{{", "{{ }", "{ {{")) * rng.choice((100, 10_000, 100_000))
    return " ".join(rng.choice((hostile.text(rng), "{{ " + _expression(rng) + " }}"))
                    for _ in range(rng.randrange(1, 4))) + junk


def _node(rng: random.Random, depth: int) -> Any:
    roll = rng.random()
    if depth <= 0 or roll < 0.3:
        return _string(rng)
    if roll < 0.5:
        return {"$each": rng.choice(("tags", "big", "nested", "author", "n", "missing", "big | slice(0, 50)",
                                     [1, 2, 3])),
                "as": rng.choice(("item", "tag", "tag", "loop" if rng.random() < 0.1 else "item")),
                "do": _node(rng, depth - 1)}
    if roll < 0.6:
        return {"$if": _expression(rng), "then": _node(rng, depth - 1), "else": _node(rng, depth - 1)}
    style = {rng.choice(("fontSize", "width", "color", "padding", "wordBreak")): _string(rng)}
    children = [_node(rng, depth - 1) for _ in range(rng.randrange(0, 4))]
    return {rng.choice(("div", "span", "p")): {"style": style, "children": children}}


def _data(rng: random.Random) -> dict[str, Any]:
    size = rng.choice((0, 3, 100, 10_000, 200_000))
    return {
        "title": hostile.text(rng) if rng.random() < 0.7 else "a" * rng.choice((100, 100_000, 1_000_000)),
        "tags": [hostile.text(rng)[:20] for _ in range(rng.choice((0, 3, 30)))],
        "author": {"name": hostile.text(rng)[:40]} if rng.random() < 0.8 else None,
        "n": hostile.number(rng),
        "big": {"$range": size},  # built by execute: a 200,000-item list pickles slowly
        "nested": [[1, 2, 3]] * rng.choice((1, 100, 1000)),
    }


def generate(rng: random.Random) -> Any:
    children = [_node(rng, rng.choice((1, 2, 3, 4))) for _ in range(rng.randrange(1, 4))]
    return {"width": 48, "height": 32, "data": _data(rng) if rng.random() < 0.9 else {},
            "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap"}, "children": children}}}


def execute(case: Any) -> None:
    import pureog  # noqa: PLC0415

    data = case.get("data") if isinstance(case, dict) else None
    if isinstance(data, dict) and isinstance(data.get("big"), dict) and "$range" in data["big"]:
        data = {**data, "big": list(range(int(data["big"]["$range"])))}
        case = {**case, "data": data}
    pureog.render_png(case, lenient=bool(isinstance(case, dict) and len(str(case.get("element"))) % 2))
