"""The cards of the Pyodide smoke check, shared by both sides so that both render the very same input.

``tools/pyodide/smoke.mjs`` imports this file inside Pyodide; ``tests/test_pyodide.py`` imports it on
CPython and hands the SHA-256 of its PNGs to the script, which compares. Between them the two cards
cover what a card in the wild uses: the bundled Geist fonts (regular and bold, read from the installed
wheel), text wrapping, gradients, rounded corners, a blurred shadow, Tailwind classes, a template and a
Twemoji emoji (the packed set inside the wheel).

- ``dict``: a React-shaped element tree as Python dicts (a JSX tree dumped to JSON looks the same). It
  needs no YAML: the smoke script renders it before PyYAML is even installed.
- ``yaml``: a YAML template in the terse shorthand, with ``data:`` defaults.

Only the standard library and pureog are imported, so the file runs unchanged on both interpreters.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

DICT_CARD: dict[str, Any] = {
    "width": 1200,
    "height": 630,
    "element": {
        "type": "div",
        "props": {
            "style": {
                "display": "flex", "flexDirection": "column", "justifyContent": "space-between",
                "width": "100%", "height": "100%", "padding": 64, "color": "white",
                "background": "linear-gradient(135deg, #0f172a 0%, #1e3a8a 60%, #6d28d9 100%)",
            },
            "children": [
                {"type": "div", "props": {
                    "style": {"display": "flex", "alignItems": "center", "gap": 20, "fontSize": 32, "opacity": 0.85},
                    "children": [
                        {"type": "div", "props": {"style": {
                            "width": 48, "height": 48, "borderRadius": 12, "background": "#f59e0b",
                            "boxShadow": "0 8px 24px rgba(0, 0, 0, 0.45)"}}},
                        "pureog.dev",
                    ],
                }},
                {"type": "div", "props": {
                    "style": {"fontSize": 72, "fontWeight": 700, "lineHeight": 1.1, "letterSpacing": -2},
                    "children": "Open Graph images in pure Python, now in WebAssembly",
                }},
                {"type": "div", "props": {
                    "style": {"fontSize": 30, "color": "#cbd5e1"},
                    "children": "Rendered by Pyodide byte for byte as by CPython",
                }},
            ],
        },
    },
}

YAML_CARD = """\
data: {title: Hello from Pyodide, tags: [python, wasm, og]}
width: 1200
height: 630
element:
  div:
    tw: flex flex-col w-full h-full items-center justify-center bg-amber-50
    style: {borderBottom: "16px solid #4f46e5"}
    children:
      - div: {tw: text-7xl font-bold tracking-tight text-gray-900, children: "{{ title }} 🐍"}
      - div:
          style: {display: flex, gap: 16, marginTop: 40}
          children:
            - $each: tags
              as: tag
              do: {span: {tw: rounded-full bg-indigo-600 px-6 py-2 text-3xl text-white, children: "#{{ tag }}"}}
"""

CARDS: dict[str, Any] = {"dict": DICT_CARD, "yaml": YAML_CARD}


def render(name: str) -> bytes:
    """The PNG of card ``name`` (a key of :data:`CARDS`)."""
    import pureog  # here, not at the top: the smoke script installs pureog after reading this file

    return pureog.render_png(CARDS[name])


def warm_ms(name: str, runs: int) -> float:
    """The median time of ``runs`` renders of card ``name``, in milliseconds, after one untimed render
    (fonts parsed, caches filled: a server's steady state)."""
    render(name)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render(name)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
