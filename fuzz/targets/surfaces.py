"""The input surfaces and the style engine under long, odd and oversized input (hostile round five).

Where ``document`` draws values at random, each case here is one family of input that made pureog work
without bound or escape as a raw exception in round five (2026-12-06), at random scales:

- ``long-value``: every property (and ``tw``) given a long pathological string (commas, whitespace,
  digits, brackets, quotes...): a parser whose work grows faster than the value (css-box-shadow's
  lookahead split, run as a regular expression, took 16 s for 200 KB) shows as a timeout;
- ``digits``: integers of thousands of digits in CSS values, ``tw`` classes, template expressions and
  YAML (Python's ``int()`` refuses a literal past 4,300 digits: ``fontWeight`` let its ValueError out);
- ``data-uri``: ``data:`` URIs of megabytes, percent-encoded or base64, in ``src`` and ``url()``
  (``unquote_to_bytes`` took 600 MB for 9 MB of escapes);
- ``yaml``: anchors, aliases and merge keys (``<<``) inside the element and the data, tags, odd keys;
- ``react``: React-shaped trees with children, ``type`` and props of every type;
- ``svg``: SVG strings with entities, external references, ``<use>`` cycles and huge coordinates;
- ``variables``: up to 100,000 custom properties declared over up to 1,800 elements (each element
  carried every one in scope: 80,000 over 1,500 elements took 18 s);
- ``asgi``: ``ImageResponse`` served to hostile scopes (paths, query strings, headers, methods).

A case is ``{"family": NAME, "n": SCALE, "pick": K}`` (JSON; ``execute`` builds the input). Run
``python -m fuzz --target surfaces --cases 300 -j 1``. Not in CI's slice (some cases take seconds, and
the slice must stay fast): CI runs the round's regression tests, ``tests/fuzz/test_hostile_values.py``.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, MutableMapping
from typing import Any

NAME = "surfaces"
WEIGHT = 0.5
CI = False

_LONG = {
    "commas": lambda n: "," * n, "words": lambda n: "a " * (n // 2) + "b,", "lparen": lambda n: "(" + "," * n,
    "digits": lambda n: "1" * n, "hashes": lambda n: "#" * n, "quote": lambda n: "'" + "a" * n,
    "backslash": lambda n: "\\" * n, "dots": lambda n: "." * n, "dashes": lambda n: "-" * n,
    "percents": lambda n: "%" * n, "slashes": lambda n: "/" * n, "spaces": lambda n: "1px " + " " * n + "red",
    "exponents": lambda n: "1e" * (n // 2), "rparen": lambda n: ")" * n, "ident": lambda n: "a" * n,
    "url": lambda n: "url(" + "a" * n + ")", "mixed": lambda n: "1px,(" * (n // 5), "pairs": lambda n: "()" * (n // 2),
    "space-commas": lambda n: " ," * (n // 2), "colons": lambda n: ":" * n, "brackets": lambda n: "[" * n,
}
_SIZES = (100, 5_000, 50_000, 200_000)


def _card(element: Any, **extra: Any) -> dict[str, Any]:
    return {"width": 32, "height": 32, **extra, "element": element}


def _styled(style: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return _card({"div": {"style": {"display": "flex", **style}, "children": "x"}}, **extra)


def _properties() -> list[str]:
    from pureog.style.properties import PROPERTIES  # noqa: PLC0415

    return sorted(PROPERTIES)


def _long_value(n: int, pick: int) -> Any:
    props = _properties()
    kinds = sorted(_LONG)
    prop = (props + ["tw"])[pick % (len(props) + 1)]
    value = _LONG[kinds[pick // 7 % len(kinds)]](n)
    features = ("satori", "browser")[pick % 2]
    if prop == "tw":
        return _card({"div": {"tw": value, "children": "x"}}, features=features)
    return _styled({prop: value}, features=features)


def _digits(n: int, pick: int) -> Any:
    digits = "9" * max(4301, min(n, 20_000))
    props = _properties()
    choice = pick % 5
    if choice == 0:
        return _styled({props[pick % len(props)]: digits + ("", "px", "%", " 1px")[pick % 4]})
    if choice == 1:
        return _styled({props[pick % len(props)]: f'"liga" {digits}, rgb({digits} 0 0), repeat({digits}, 1px)'})
    if choice == 2:
        classes = ("z-", "font-[", "w-[", "line-clamp-", "col-span-", "text-red-500/", "grow-[", "opacity-")
        return _card({"div": {"tw": " ".join(f"{c}{digits}{']' if c.endswith('[') else ''}" for c in classes),
                              "children": "x"}})
    if choice == 3:
        return _card({"div": {"children": "{{ " + digits + " | truncate(" + digits + ") }}"}}, data={"a": 1})
    style = "{zIndex: " + digits + ", fontWeight: 0x" + digits + "}"
    return "width: 32\nheight: 32\nelement: {div: {style: " + style + ", children: x}}\n"


def _data_uri(n: int, pick: int) -> Any:
    escapes = (1_000, 100_000, 1_000_000, 3_000_000)[pick % 4]
    payload = ("data:image/svg+xml," + "%3C" * escapes, "data:image/png;base64," + "A" * (escapes * 4),
               "data:image/svg+xml;utf8," + "<" * escapes, "data:image/svg+xml," + "%" * escapes)[pick // 4 % 4]
    if pick % 3 == 0:
        return _styled({"backgroundImage": f"url({payload})", "width": 10, "height": 10})
    return _card({"img": {"src": payload, "width": 10, "height": 10}})


def _yaml(n: int, pick: int) -> Any:
    depth = min(n, 3000)
    lol = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))
    merges = "m0: &m0 {display: flex}\n" + "".join(f"m{i}: &m{i} {{<<: *m{i - 1}, p{i}: 1}}\n" for i in range(1, depth))
    texts = (
        "width: 32\nheight: 32\ndata:\n" + _indent(lol) + "element: {div: {children: '{{ a9 | length }}'}}\n",
        "width: 32\nheight: 32\ndata:\n" + _indent(merges)
        + f"element: {{div: {{children: '{{{{ m{depth - 1} }}}}'}}}}\n",
        "width: 32\nheight: 32\nelement: &e {div: {children: [*e, *e]}}\n",
        "width: 32\nheight: 32\nelement: {div: {style: &s {color: red, x: *s}, children: x}}\n",
        "width: 32\nheight: 32\nelement: {div: {style: {<<: [" + ", ".join(["{color: red}"] * min(n, 2000)) + "]}}}\n",
        "width: 32\nheight: 32\nelement: {div: {style: {2001-12-14: red, 1: 2, null: 3}, children: 2001-12-14}}\n",
        "width: 32\nheight: 32\nelement: !!python/object/new:os.system [echo]\n",
        "width: 32\nheight: 32\nelement: {img: {src: !!binary aGVsbG8=, width: 10, height: 10}}\n",
        "width: 32\nheight: 32\nelement: {div: {style: !!set {a, b}, children: !!omap [a: 1]}}\n",
        '{"width": 32, "width": NaN, "height": -0, "element": {"type": "div", "props": {"style": {"width": 1e309}}}}',
    )
    return texts[pick % len(texts)]


def _indent(text: str) -> str:
    return "".join("  " + line + "\n" for line in text.splitlines())


def _react(n: int, pick: int) -> Any:
    odd: list[Any] = [True, False, None, 0, -0.0, 1e308, "", [], [[[]]], {}, {"a": 1}, ["x", ["y", [None]]]]
    nested: Any = "x"
    for _ in range(min(n, 3000)):
        nested = [nested]
    shapes = (
        {"type": "div", "props": {"children": odd[pick % len(odd)]}},
        {"type": 5, "props": {"children": "x"}},
        {"type": {"type": "div"}, "props": {}},
        {"type": "div", "key": [1], "ref": {}, "props": {"key": {}, "ref": [], "children": "x"}},
        {"type": "div", "props": {"dangerouslySetInnerHTML": {"__html": "<b>x</b>"}}},
        {"type": "div", "props": {"style": {"width": {"a": 1}}, "children": "x"}},
        {"type": "div", "props": {"style": "width: 1e999px; color: red", "children": "x"}},
        {"type": "div", "props": {"children": nested}},
        {"type": "div", "props": [1, 2]},
        {"type": "img", "props": {"src": ("file:///etc/passwd", "/etc/passwd", "http://127.0.0.1:9/x.png", 5,
                                          None)[pick % 5], "width": 5, "height": 5}},
    )
    return _card(shapes[pick % len(shapes)])


def _svg(n: int, pick: int) -> Any:
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    bodies = (
        f'<!DOCTYPE svg [{entities}]><svg {{size}}><text>&a9;</text></svg>',
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg {size}><text>&x;</text></svg>',
        '<!DOCTYPE svg SYSTEM "http://127.0.0.1:9/x.dtd"><svg {size}><rect width="5" height="5"/></svg>',
        '<svg {size}><image href="file:///etc/passwd" width="9" height="9"/><use href="http://127.0.0.1:9/a#b"/></svg>',
        '<svg {size}><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g><use href="#a"/></svg>',
        '<svg {size}><path d="M0 0' + " L1e308 -1e308" * min(n, 20_000) + '" stroke="red" stroke-width="1e308"/></svg>',
        '<svg {size}><style>@import url(file:///etc/passwd);</style><rect width="5" height="5"/></svg>',
        "<svg {size}>" + "<g>" * min(n, 3000) + "</g>" * min(n, 3000) + "</svg>",
    )
    size = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="20"'
    svg = bodies[pick % len(bodies)].replace("{size}", size)
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return _card({"img": {"src": uri, "width": 20, "height": 20}})


def _variables(n: int, pick: int) -> Any:
    """Many custom properties over many elements (each element carries every one in scope)."""
    declared = {f"--v{i}": ("1px", "var(--v0)", "red", "{{")[(i + pick) % 4] for i in range(min(n, 100_000))}
    leaf = {"div": {"style": {"width": "var(--v1, 2px)", f"--w{pick % 7}": "1"}, "children": "x"}}
    rows = [{"div": {"style": {"--y": "1"}, "children": [leaf] * (1 + pick % 60)}}] * (1 + pick % 30)
    return _card({"div": {"style": {"display": "flex", "flexWrap": "wrap", **declared}, "children": rows}})


def _asgi(n: int, pick: int) -> Any:
    long = min(n, 100_000)
    return {"$asgi": True, "path": "/../" * (long // 4), "query": "w=1e309&" + "a=" * long,
            "method": ("GET", "HEAD", "\x00", "POST", "get")[pick % 5],
            "headers": [["if-none-match", '"' * long], ["x", "\r\n"], ["", ""]]}


_FAMILIES: dict[str, Callable[[int, int], Any]] = {
    "long-value": _long_value, "digits": _digits, "data-uri": _data_uri, "yaml": _yaml, "react": _react,
    "svg": _svg, "asgi": _asgi, "variables": _variables,
}


def generate(rng: random.Random) -> dict[str, Any]:
    family = rng.choice(sorted(_FAMILIES))
    return {"family": family, "n": rng.choice(_SIZES) + rng.randrange(3), "pick": rng.randrange(10_000)}


def execute(case: dict[str, Any]) -> None:
    import pureog  # noqa: PLC0415

    built = _FAMILIES[case["family"]](int(case["n"]), int(case["pick"]))
    if isinstance(built, dict) and built.get("$asgi"):
        _serve(built)
        return
    pureog.render_png(pureog.load(built) if isinstance(built, str) else built)


def _serve(spec: dict[str, Any]) -> None:
    """One request to an ImageResponse through its ASGI interface: a status and a body, never a raise."""
    import asyncio  # noqa: PLC0415
    import logging  # noqa: PLC0415

    from pureog.web import ImageResponse  # noqa: PLC0415

    logging.getLogger("pureog").setLevel(logging.CRITICAL)  # a failed render is logged: not the point here
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": spec["method"], "path": spec["path"],
             "query_string": spec["query"].encode(), "headers": [(k.encode(), v.encode()) for k, v in spec["headers"]]}
    response = ImageResponse({"width": 32, "height": 32, "element": {"div": {"children": "x"}}})
    asyncio.run(response(scope, receive, send))
    if not sent or sent[0].get("status") not in (200, 304, 405):
        raise AssertionError(f"ASGI answered {sent[:1]!r:.200}")
