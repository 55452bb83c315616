"""The input-form generator's base cards: a few small, plain cards in React's element shape.

Each card is valid for Next.js as written (every ``div`` with several children says ``display: flex``)
and draws text, an image, an inline ``<svg>`` and nested boxes; :mod:`.forms` re-expresses each one in
the many shapes users feed pureog. The cards are deliberately plain (paint variety is the paint
generators' job): what varies is the *form* of the input, not what it draws. Dev tool: stdlib only.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

ASSETS = Path(__file__).resolve().parents[1] / "assets"
WIDTH, HEIGHT = 320, 168


def _png_uri() -> str:
    return "data:image/png;base64," + base64.b64encode((ASSETS / "avatar.png").read_bytes()).decode()


def el(type_: str, style: dict[str, Any] | None = None, children: Any = None, **attrs: Any) -> dict[str, Any]:
    """A React-shaped element (``children`` left out when None, as JSX leaves it out)."""
    props: dict[str, Any] = {}
    if style is not None:
        props["style"] = style
    props.update(attrs)
    if children is not None:
        props["children"] = children
    return {"type": type_, "props": props}


def _frame(children: list[Any], **extra: Any) -> dict[str, Any]:
    style = {"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%",
             "padding": 16, "backgroundColor": "#fdf6e3", "color": "#073642", "fontSize": 18, **extra}
    return el("div", style, children)


def cards() -> dict[str, dict[str, Any]]:
    """name -> root element (fresh dicts each call: forms may mutate their copy)."""
    svg = el("svg", None, [
        el("circle", None, None, cx=20, cy=20, r=16, fill="#268bd2"),
        el("rect", None, None, x=28, y=8, width=16, height=24, fill="#d33682", stroke="#073642", strokeWidth=2),
    ], width=48, height=40, viewBox="0 0 48 40")
    return {
        "title": _frame([
            el("div", {"fontSize": 30, "fontWeight": 700, "color": "#b58900"}, "Hello world"),
            el("div", {"fontSize": 16, "marginTop": 8, "color": "#586e75"},
               "A subtitle long enough to wrap onto a second line of this card"),
        ]),
        "author": _frame([
            el("div", {"display": "flex", "flexDirection": "row", "alignItems": "center", "gap": 12}, [
                el("img", {"borderRadius": 24}, None, src=_png_uri(), width=48, height=48),
                el("div", {"display": "flex", "flexDirection": "column"}, [
                    el("span", {"fontWeight": 700}, "Jane Doe"),
                    el("span", {"fontSize": 14, "color": "#657b83"}, "@jane, 42 posts"),
                ]),
            ]),
        ]),
        "badges": _frame([
            el("div", {"display": "flex", "flexWrap": "wrap", "gap": 8}, [
                el("span", {"backgroundColor": "#268bd2", "color": "white", "padding": "4px 10px",
                            "borderRadius": 8}, "Python"),
                el("span", {"backgroundColor": "#859900", "color": "white", "padding": "4px 10px",
                            "borderRadius": 8}, "3.12"),
                el("span", {"border": "2px solid #dc322f", "padding": "2px 8px", "borderRadius": 8}, "OG"),
            ]),
        ]),
        "stats": _frame([
            el("div", {"display": "flex", "justifyContent": "space-between", "width": "100%"}, [
                el("div", {"display": "flex", "flexDirection": "column", "alignItems": "center"}, [
                    el("span", {"fontSize": 28}, "128"), el("span", {"fontSize": 12}, "stars")]),
                el("div", {"display": "flex", "flexDirection": "column", "alignItems": "center"}, [
                    el("span", {"fontSize": 28}, "7"), el("span", {"fontSize": 12}, "forks")]),
                el("div", {"display": "flex", "flexDirection": "column", "alignItems": "center"}, [
                    el("span", {"fontSize": 28}, "0.5"), el("span", {"fontSize": 12}, "ratio")]),
            ]),
        ], justifyContent="center"),
        "logo": _frame([
            el("div", {"display": "flex", "alignItems": "center", "gap": 10}, [
                svg, el("span", {"fontSize": 24, "letterSpacing": 1}, "pureog"),
            ]),
            el("div", {"marginTop": 12, "height": 4, "width": 120, "backgroundColor": "#2aa198"}),
        ]),
        "labels": _frame([
            el("div", {"display": "flex", "flexWrap": "wrap", "gap": 10, "fontSize": 16}, [
                el("span", None, "2024-12-05"), el("span", None, "12:30"), el("span", None, "007"),
                el("span", None, "v1.0"), el("span", None, "2024-12-05 10:30:00"), el("span", None, "1:05:09"),
            ]),
        ]),
        "nested": _frame([
            el("div", {"display": "flex", "padding": 8, "border": "1px solid #93a1a1"}, [
                el("div", {"display": "flex", "paddingLeft": 8, "color": "#6c71c4"}, [
                    el("div", {"fontSize": 20, "lineHeight": 1.4}, "Deep text inherits colour"),
                ]),
            ]),
        ], fontSize=22),
    }
