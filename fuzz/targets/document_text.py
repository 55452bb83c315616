"""Documents as YAML/JSON text: alias bombs, deep flow nesting, Python tags, huge numbers, odd encodings,
duplicate keys; loaded by ``pureog.load`` and rendered small when they load."""

from __future__ import annotations

import random
from typing import Any

from fuzz import hostile

NAME = "document_text"
WEIGHT = 1.0

_BASE = "width: 32\nheight: 32\nelement:\n  div:\n    style: {display: flex}\n    children: "


def _alias_bomb(rng: random.Random) -> str:
    levels = rng.choice((5, 9, 12))
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    where = rng.choice(("top", "children", "style", "data"))
    if where == "top":
        return "\n".join(lines) + "\n" + _BASE + f"*a{levels - 1}\n"
    if where == "data":
        return "\n".join(lines) + f"\ndata: {{x: *a{levels - 1}}}\n" + _BASE + "'{{ x | length }}'\n"
    return "x: " + "\n".join(lines[:1]) + "\n" + "\n".join(lines[1:]) + "\n" + _BASE + f"*a{levels - 1}\n"


def generate(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.15:
        return _alias_bomb(rng)
    if roll < 0.25:
        depth = rng.choice((100, 1000, 10_000, 100_000))
        opener, closer = rng.choice((("[", "]"), ("{a: ", "}"), ("- ", "")))
        if opener == "- ":
            return _BASE + "\n" + "".join("  " * i + "- \n" for i in range(min(depth, 3000)))
        return _BASE + opener * depth + "x" + closer * depth + "\n"
    if roll < 0.35:
        return _BASE + rng.choice(("!!python/object/apply:os.system ['true']", "!!python/name:os.system",
                                   "!!binary aGVsbG8=", "!!set {a, b}", "!!timestamp 2001-12-14", "!!float .nan",
                                   "&x [*x]", "*undefined", "!<tag:yaml.org,2002:str> x", "? [a]\n  : b")) + "\n"
    if roll < 0.45:
        if rng.random() < 0.2:  # integer literals past Python's int() digit limit (4,300), in JSON or YAML
            digits = "9" * rng.choice((400, 4301, 20_000))
            return rng.choice(('{"width": 50, "height": 9, "element": {"div": {"children": ' + digits + "}}}",
                               _BASE + "{div: {style: {width: " + digits + "}, children: x}}\n"))
        return "{" + ", ".join(f'"width": {hostile.number_text(rng)}' for _ in range(3)) + ', "element": "x"}'
    if roll < 0.55:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 200)))
    if roll < 0.65:
        return "\ufeff" + _BASE + repr(hostile.text(rng)) + "\n"
    # a valid document with a random edit: cut, duplicated, or a character changed
    text = _BASE + "[" + ", ".join(repr(hostile.text(rng)[:30]) for _ in range(3)) + "]\n"
    i = rng.randrange(len(text))
    return rng.choice((text[:i], text[:i] + text[i:] * 2, text[:i] + chr(rng.randrange(0x110000)) + text[i + 1:]))


def execute(case: Any) -> None:
    import pureog  # noqa: PLC0415

    if isinstance(case, bytes):
        case = case.decode("utf-8", "surrogateescape")
    pureog.render_png(pureog.load(case))
