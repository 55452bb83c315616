"""The layout spelling sweep: every layout property written the many ways authors write it, boxes
compared with Satori's.

Role: a generator of a different kind from :mod:`conformance.layout.generate` and ``generate_wide``: no
randomness, a table of (target, style) pairs, one small tree each (the styled box is the first of
three items in a wrapping row, the flex container itself, or a text leaf), so that a mismatch names its
own bug class (``alignItems: normal``, ``width: inherit``, ``whiteSpace: NOWRAP``, ``placeItems``).
Trees Satori refuses are counted, not compared. Uses the corpus machinery (``satori_boxes.mjs``) and the
checker of the differential layout test.

Usage (from the repository root)::

    python -m conformance.layout.sweep

Imports the standard library and its sibling modules; the checker loads pureog.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from conformance.layout.check import compare
from conformance.layout.generate import lay_out

_SPELLINGS: list[tuple[str, dict[str, Any]]] = []
ITEM = {
    "width": [
        "auto",
        "50%",
        "fit-content",
        "max-content",
        "min-content",
        "10em",
        "5rem",
        "20vw",
        "calc(50% - 10px)",
        "100px ",
        "  80px",
        "80PX",
        "80.5px",
        "1e2px",
        "+40px",
        ".5em",
        "-10px",
        "0",
        "none",
        "inherit",
        "initial",
        "unset",
        "80",
        80.7,
    ],
    "height": ["auto", "50%", "fit-content", "10vh", "100%", "calc(100% - 20px)", "3em", "0"],
    "minWidth": ["auto", "0", "50%", "120px", "min-content", "max-content", "none"],
    "maxWidth": ["none", "50%", "40px", "0", "max-content", "auto"],
    "minHeight": ["auto", "100%", "90px"],
    "maxHeight": ["none", "30%", "20px"],
    "flexBasis": ["auto", "content", "0", "0%", "50%", "100px", "fit-content", "max-content", "10em", 30],
    "flexGrow": [1, "1", "2.5", 0, "-1", "0.5"],
    "flexShrink": [0, 1, "2", "0.5", 10],
    "flex": [
        "1",
        "1 1 0px",
        "1 1 auto",
        "2 2 10%",
        "none",
        "auto",
        "initial",
        "0 0 100px",
        "1 0",
        "3",
        "1 1",
        "0 auto",
        "1 1 0%",
        "content",
        "2 50px",
        1,
        0,
    ],
    "margin": [
        "auto",
        "10px auto",
        "0 auto",
        "auto 0",
        "5%",
        "1em 2em",
        "-10px",
        "10px 20px 30px",
        "10px 20px 30px 40px",
        "auto auto auto 0",
    ],
    "marginLeft": ["auto", "-20px", "10%"],
    "marginTop": ["auto", "1em"],
    "padding": ["5%", "1em", "10px 5%", "0 20px", "3px 6px 9px"],
    "paddingLeft": ["10%", "2em"],
    "alignSelf": [
        "auto",
        "flex-start",
        "flex-end",
        "center",
        "stretch",
        "baseline",
        "start",
        "end",
        "normal",
        "self-start",
    ],
    "position": ["absolute", "relative", "static", "fixed", "sticky"],
    "display": [
        "none",
        "flex",
        "block",
        "inline",
        "inline-flex",
        "inline-block",
        "contents",
        "-webkit-box",
        "table",
        "list-item",
    ],
    "order": [-1, 2],
    "zIndex": [5],
    "boxSizing": ["content-box", "border-box"],
    "aspectRatio": ["1", "16 / 9", 2, "auto"],
    "overflow": ["hidden", "scroll", "auto", "visible", "clip"],
    "border": ["5px solid red", "thin solid red", "medium solid", "thick solid red"],
    "borderWidth": ["thin", "medium", "thick", "1px 2px", "0.5px"],
    "borderLeftWidth": ["thick", 7],
}
for k, vals in ITEM.items():
    for v in vals:
        _SPELLINGS.append(("item", {k: v}))
for pos in ["absolute", "relative"]:
    for ins in [
        {"top": 10, "left": 10},
        {"top": "10%", "right": "5%"},
        {"bottom": 0, "right": 0},
        {"inset": 0},
        {"inset": "10px 20px"},
        {"top": "auto", "left": "auto"},
        {"left": "50%", "top": "50%"},
        {"right": "-10px", "bottom": "1em"},
        {"top": 0, "bottom": 0},
        {"left": 0, "right": 0, "width": "auto"},
    ]:
        _SPELLINGS.append(("item", {"position": pos, **ins}))
CONT = {
    "flexDirection": ["row", "column", "row-reverse", "column-reverse", "ROW", "column "],
    "flexWrap": ["wrap", "nowrap", "wrap-reverse"],
    "flexFlow": ["row wrap", "column wrap-reverse", "wrap", "row-reverse"],
    "justifyContent": [
        "flex-start",
        "flex-end",
        "center",
        "space-between",
        "space-around",
        "space-evenly",
        "start",
        "end",
        "left",
        "right",
        "normal",
        "stretch",
    ],
    "alignItems": ["flex-start", "flex-end", "center", "stretch", "baseline", "start", "end", "normal", "self-start"],
    "alignContent": [
        "flex-start",
        "flex-end",
        "center",
        "stretch",
        "space-between",
        "space-around",
        "space-evenly",
        "normal",
    ],
    "gap": [10, "10px", "10px 20px", "5%", "1em", "0", "10%  5%"],
    "rowGap": [10, "5%"],
    "columnGap": [10, "1em", "5%"],
    "padding": ["10px", "5%", "1em 2em"],
    "display": ["flex", "block", "none", "contents"],
    "placeContent": ["center", "space-between"],
    "placeItems": ["center"],
}
for k, vals in CONT.items():
    for v in vals:
        _SPELLINGS.append(("container", {k: v}))
        _SPELLINGS.append(
            (
                "container",
                {k: v, "flexWrap": "wrap", "flexDirection": "column"}
                if k not in ("flexWrap", "flexDirection", "flexFlow")
                else {k: v, "height": 120},
            )
        )
TEXT = {
    "fontSize": [12, "12px", "1.5em", "2rem", "larger", "small", "120%", "10vw", "14pt", 0, "0px"],
    "lineHeight": [1, "1.5", "20px", "150%", "normal", "1em", "2rem", 0, "0", "-1", "10vh"],
    "letterSpacing": [2, "0.1em", "-1px", "normal", "0.5rem", "1vw"],
    "whiteSpace": ["normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces", "NOWRAP"],
    "wordBreak": ["normal", "break-all", "keep-all", "break-word"],
    "overflowWrap": ["break-word", "anywhere", "normal"],
    "wordWrap": ["break-word"],
    "textAlign": ["left", "center", "right", "justify", "start", "end"],
    "textTransform": ["uppercase", "capitalize", "lowercase", "full-width"],
    "textIndent": [20],
    "fontWeight": [700, "bold", 300],
    "fontFamily": ["monospace", "Roboto", "serif", "Geist, Roboto"],
    "fontStyle": ["italic"],
    "textOverflow": ["ellipsis", "clip"],
    "lineClamp": [2, "2", '2 "…"'],
    "WebkitLineClamp": [2],
    "tabSize": [4],
    "hyphens": ["auto"],
    "width": [60, "min-content", "max-content", "fit-content", "50%"],
    "maxWidth": [70],
    "minWidth": [150],
}
for k, vals in TEXT.items():
    for v in vals:
        _SPELLINGS.append(("text", {k: v}))
        _SPELLINGS.append(("text", {k: v, "width": 70}))

# Every unit and spelling of a length, on the properties that take one.
_UNITS = [
    "100vw",
    "50vh",
    "20vmin",
    "10vmax",
    "3ch",
    "2ex",
    "1cm",
    "10mm",
    "0.5in",
    "12pt",
    "1pc",
    "20Q",
    "1.5em",
    "2rem",
    "10%",
    "-5px",
    "0",
    "5",
    "5.5px",
    "1e1px",
    "10PX",
    "calc(10px + 5px)",
    "calc(50% - 10px)",
    "auto",
    "none",
    "",
]
for prop in [
    "width",
    "height",
    "margin",
    "marginTop",
    "padding",
    "paddingLeft",
    "borderWidth",
    "top",
    "left",
    "flexBasis",
    "minWidth",
    "maxWidth",
    "gap",
    "rowGap",
    "columnGap",
]:
    for u in _UNITS:
        if prop in ("top", "left"):
            _SPELLINGS.append(("item", {"position": "relative", prop: u}))
        elif prop in ("gap", "rowGap", "columnGap"):
            _SPELLINGS.append(("container", {prop: u, "flexWrap": "wrap"}))
        elif prop == "borderWidth":
            _SPELLINGS.append(("item", {prop: u, "borderStyle": "solid"}))
        else:
            _SPELLINGS.append(("item", {prop: u}))
for prop in ["fontSize", "lineHeight", "letterSpacing", "textIndent"]:
    for u in _UNITS:
        _SPELLINGS.append(("text", {prop: u, "width": 120}))

_TEXTS = ("Hello world  and\nsome   more text here", "Supercalifragilistic  aa\tbb")


def _div(style: dict[str, Any], children: Any = None) -> dict[str, Any]:
    props: dict[str, Any] = {"style": style}
    if children is not None:
        props["children"] = children
    return {"type": "div", "props": props}


def tree(target: str, style: dict[str, Any], index: int) -> dict[str, Any]:
    """One tree: a 280 px container in a 300 x 200 canvas holding the styled box among plain ones."""

    def item(**extra: Any) -> dict[str, Any]:
        return _div({"width": 50, "height": 40, "backgroundColor": "red", **extra})

    container: dict[str, Any] = {
        "display": "flex",
        "flexWrap": "wrap",
        "padding": 10,
        "alignItems": "flex-start",
        "fontSize": 16,
    }
    if target == "item":
        first = _div({"display": "flex", "width": 60, "height": 40, **style}, [_div({"width": 30, "height": 20})])
        kids = [first, item(), item(flexGrow=1)]
    elif target == "container":
        kids = [item(), item(height=60), item(width=120), _div({"fontSize": 16}, "Ag text")]
        container = {"display": "flex", "padding": 5, "height": 150, "fontSize": 16, **style}
    else:
        kids = [_div({"fontSize": 16, **style}, _TEXTS[index % 2]), item()]
    return _div({"display": "flex", "width": 300, "height": 200}, [_div({"width": 280, **container}, kids)])


def cases() -> list[dict[str, Any]]:
    return [
        {"id": f"s{i:04d} {target} {json.dumps(style)}", "width": 300, "height": 200, "element": tree(target, style, i)}
        for i, (target, style) in enumerate(_SPELLINGS)
    ]


def main() -> int:
    kept, refused, _degenerate = lay_out(cases())
    mismatches = [(case["id"], outcome.problem) for case in kept if (outcome := compare(case)).problem]
    for case_id, problem in mismatches:
        print(f"{case_id}: {problem}")
    print(f"{len(kept) - len(mismatches)} of {len(kept)} spellings match Satori's boxes ({refused} refused by Satori)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
