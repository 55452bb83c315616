"""Benchmark (not a test): warm layout of a 200-element tree (flex rows/columns, wrapping, text leaves).

Run: python bench/layout_bench.py [N]. Builds one deterministic tree of 200 elements (a 1200x630 card:
10 wrapping rows of cards, each a column with a title text, a body text and an icon box), then
prints the median of N warm ``pureog.layout_boxes`` calls, split into the whole call (load + style
cascade + text measurement + flex) and the flex algorithm alone on the already-built layout input
(``pureog.layout.compute``).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

import pureog  # noqa: E402
from pureog.layout import build_layout_input, compute  # noqa: E402


def card(i: int) -> dict[str, Any]:
    """A 4-element card: column box, title text, body text, icon box."""
    return {"type": "div", "props": {"style": {"display": "flex", "flexDirection": "column", "flexGrow": 1,
                                               "flexBasis": 180, "padding": 8, "margin": 4, "border": "1px solid",
                                               "justifyContent": "space-between"}, "children": [
        {"type": "div", "props": {"style": {"fontSize": 18}, "children": f"Card number {i}"}},
        {"type": "div", "props": {"style": {"fontSize": 12, "maxWidth": 160},
                                  "children": "A short body text that wraps over two lines"}},
        {"type": "div", "props": {"style": {"width": 24, "height": 24, "alignSelf": "flex-end",
                                            "marginTop": "auto"}}},
    ]}}


def tree() -> dict[str, Any]:
    rows = []
    for r in range(10):
        cards = [card(r * 4 + c) for c in range(4)]
        rows.append({"type": "div", "props": {"style": {"display": "flex", "flexWrap": "wrap", "gap": 6,
                                                        "alignItems": "stretch"}, "children": cards}})
    # 1 root + 10 rows + 40 cards * 4 = 171; pad with 29 absolute badges to reach 200 elements.
    badges = [{"type": "div", "props": {"style": {"position": "absolute", "right": 10 + k * 3, "top": 10,
                                                   "width": 8, "height": 8}}} for k in range(29)]
    return {"type": "div", "props": {"style": {"display": "flex", "flexDirection": "column", "width": "100%",
                                               "height": "100%", "padding": 20}, "children": rows + badges}}


def median_ms(fn: Any, n: int) -> float:
    fn()  # warm-up: imports, font loading, caches
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    element = tree()
    boxes = pureog.layout_boxes(element, width=1200, height=630)
    assert len(boxes) == 200, len(boxes)
    whole = median_ms(lambda: pureog.layout_boxes(element, width=1200, height=630), n)

    from pureog.document.load import load
    from pureog.options import RenderOptions
    from pureog.pipeline import font_library
    from pureog.style.cascade import cascade
    from pureog.style.computed import StyledNode
    from pureog.text.inline_layout import measure_inline
    from pureog.text.measure import measure

    document = load(element)
    fonts = font_library(RenderOptions(width=1200, height=630))
    styled = cascade(document.root, width=1200, height=630)
    layout_input = build_layout_input(styled, lambda leaf: (measure_inline(leaf, fonts) if isinstance(leaf, StyledNode)
                                                            else measure(leaf.text, leaf.style, fonts)),
                                      width=1200, height=630)
    flex_only = median_ms(lambda: compute(layout_input, 1200.0, 630.0), n)
    print(f"200-element tree, warm median of {n}:")
    print(f"  pureog.layout_boxes (load + cascade + text measure + flex): {whole:7.2f} ms")
    print(f"  flex algorithm alone (pureog.layout.compute, text measured via callbacks): {flex_only:7.2f} ms")


if __name__ == "__main__":
    main()
