"""An outsider's held-out cards for what Next.js cannot draw, with headless Chromium as the reference.

Role: a fixed set of small documents written the way someone who read MDN (not pureog's generators)
would write them, one family each: CSS grid cards (template areas, ``repeat(auto-fill | auto-fit,
minmax())``, ``fr`` with gaps, spans, dense and column auto-placement, item and content alignment,
named lines, ``fit-content()``), inline formatting contexts (``inline-block`` badges, ``display:
inline`` spans, text-align), right-to-left text (``direction`` / ``dir``, numbers and punctuation,
``textAlign: start / end``), right-to-left flex layout, and ``features: browser`` extras (negative and
nested ``zIndex``, blend modes over gradients, ``backgroundBlendMode``, outlines with offsets,
``backdropFilter``, ``calc()`` / ``min()`` / ``clamp()``, conic gradients). Each is drawn by pureog and
by Chromium (:mod:`conformance.chromium.html`, :mod:`conformance.chromium.oracle`) and scored with
:mod:`conformance.score` (text-bearing families at the text-against-a-browser tolerance, 26 dB and
7 % of pixels off; the others 30 dB, 3 %). ``--run`` prints each case and the pass rate per family;
``--out`` (with ``--run``) writes the cases that pass, with Chromium's PNGs, as the slice that
``tests/conformance/test_outsider.py`` checks without a browser. Filters and ``clipPath`` shapes are
left out: Next.js draws them, so Next is their reference. Dev tool (needs Chromium).

Usage (from the repository root)::

    python -m conformance.chromium.outsider --run                 # every case, pass rate by family
    python -m conformance.chromium.outsider --run rtl             # the cases whose id contains "rtl"
    python -m conformance.chromium.outsider --run --out           # rewrite the committed slice
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "conformance" / "fonts"
SLICE = ROOT / "conformance" / "chromium" / "corpus" / "outsider"
SLICE_IDS = ("grid-areas-card", "grid-autofill-1", "grid-calc-tracks", "grid-dense", "grid-flow-column-dense",
             "grid-align-1", "grid-named-lines", "inline-badges", "rtl-para-badge", "rtl-start-end",
             "rtl-numbers", "rtl-dir-attr", "rtlbox-row-wrap", "rtlbox-column-start", "rtlbox-column-wrap",
             "rtlbox-nested-ltr", "z-negative", "blend-overlay", "outline-2", "calc-widths")
TEXT_FAMILIES = ("inline", "rtl", "grid-text")

_COL = ("#e63946", "#457b9d", "#2a9d8f", "#e9c46a", "#f4a261", "#264653", "#8ecae6", "#6d597a")
_GRAD = "linear-gradient(90deg, #ff0080, #7928ca, #0070f3)"

Node = dict[str, Any]


def _font(name: str, path: str, weight: int = 400) -> dict[str, Any]:
    return {"name": name, "path": path, "weight": weight, "style": "normal"}


_GEIST = [_font("Geist", "Geist-Regular.ttf"), _font("Geist", "Geist-Bold.ttf", 700)]
# (the subset faces hold only some letters: the words below use those)
_RTL = [*_GEIST, _font("Noto Sans Arabic", "NotoSansArabic-Regular-subset.ttf"),
        _font("Noto Sans Hebrew", "NotoSansHebrew-Regular-subset.ttf")]


def _div(style: dict[str, Any], children: Any = None, **attrs: Any) -> Node:
    props: dict[str, Any] = {"style": {k: v for k, v in style.items() if v is not None}, **attrs}
    if children is not None:
        props["children"] = children
    return {"div": props}


def _box(color: str, **style: Any) -> Node:
    return _div({"backgroundColor": color, **style})


def _grid(**style: Any) -> dict[str, Any]:
    return {"display": "grid", "width": "100%", "height": "100%", "backgroundColor": "white", "padding": 12, **style}


def _boxes(count: int) -> list[Node]:
    return [_box(_COL[i % 8]) for i in range(count)]


def _grid_cases() -> dict[str, Node]:
    c: dict[str, Node] = {}
    c["grid-areas-card"] = _div(
        _grid(gridTemplateAreas='"hd hd" "side main" "ft ft"', gridTemplateColumns="100px 1fr",
              gridTemplateRows="auto 1fr 30px", gap=10),
        [_div({"gridArea": "hd", "backgroundColor": _COL[0], "color": "white", "fontFamily": "Geist", "fontSize": 20,
               "padding": 8}, "Title"),
         _box(_COL[1], gridArea="side"), _box(_COL[2], gridArea="main"), _box(_COL[3], gridArea="ft")])
    for n, least in enumerate(("60px", "80px", "100px")):
        c[f"grid-autofill-{n}"] = _div(_grid(gridTemplateColumns=f"repeat(auto-fill, minmax({least}, 1fr))", gap=8,
                                             gridAutoRows="50px"), _boxes(7))
        c[f"grid-autofit-{n}"] = _div(_grid(gridTemplateColumns=f"repeat(auto-fit, minmax({least}, 1fr))",
                                            gap="8px 12px", gridAutoRows="40px"), _boxes(3))
    c["grid-fr-gaps"] = _div(_grid(gridTemplateColumns="1fr 2fr 1fr", gridTemplateRows="1fr 1fr", columnGap=16,
                                   rowGap=4), _boxes(6))
    c["grid-fr-mixed"] = _div(_grid(gridTemplateColumns="50px 1fr 3fr", gridTemplateRows="40px 2fr 1fr", gap="2%"),
                              _boxes(9))
    c["grid-spans"] = _div(_grid(gridTemplateColumns="repeat(4, 1fr)", gridAutoRows="50px", gap=6), [
        _box(_COL[0], gridColumn="span 2"), _box(_COL[1], gridRow="span 2"), _box(_COL[2]),
        _box(_COL[3], gridColumn="1 / -1"), _box(_COL[4], gridColumn="2 / 4")])
    c["grid-dense"] = _div(_grid(gridTemplateColumns="repeat(4, 1fr)", gridAutoRows="40px", gap=6,
                                 gridAutoFlow="row dense"), [
        _box(_COL[0], gridColumn="span 3"), _box(_COL[1], gridColumn="span 2"), _box(_COL[2]), _box(_COL[3]),
        _box(_COL[4], gridColumn="span 3"), _box(_COL[5])])
    c["grid-dense-short"] = _div(_grid(gridTemplateColumns="repeat(3, 80px)", gridAutoRows="40px", gap=6,
                                       gridAutoFlow="dense"), [
        _box(_COL[0], gridColumn="span 2"), _box(_COL[1], gridColumn="span 2"), _box(_COL[2]), _box(_COL[3])])
    c["grid-flow-column"] = _div(_grid(gridTemplateRows="repeat(3, 50px)", gridAutoColumns="70px",
                                       gridAutoFlow="column", gap=8), _boxes(7))
    c["grid-flow-column-dense"] = _div(_grid(gridTemplateRows="repeat(3, 40px)", gridAutoColumns="60px",
                                             gridAutoFlow="column dense", gap=5), [
        _box(_COL[0], gridRow="span 2"), _box(_COL[1], gridRow="span 2"), _box(_COL[2]), _box(_COL[3])])
    for j, (justify, align) in enumerate((("center", "center"), ("end", "start"), ("start", "end"),
                                          ("stretch", "center"))):
        c[f"grid-align-{j}"] = _div(
            _grid(gridTemplateColumns="repeat(3, 100px)", gridTemplateRows="repeat(2, 80px)", gap=10,
                  justifyItems=justify, alignItems=align),
            [_box(_COL[i], width=None if justify == "stretch" else 40 + 10 * i, height=30 + 5 * i) for i in range(5)]
            + [_box(_COL[5], justifySelf="end", alignSelf="end", width=20, height=20)])
    c["grid-place-content"] = _div(_grid(gridTemplateColumns="repeat(2, 80px)", gridTemplateRows="repeat(2, 60px)",
                                         gap=10, placeContent="center"), _boxes(4))
    c["grid-justify-content-between"] = _div(_grid(gridTemplateColumns="repeat(3, 60px)", gridTemplateRows="60px",
                                                   justifyContent="space-between", alignContent="end"), _boxes(3))
    c["grid-place-items"] = _div(_grid(gridTemplateColumns="1fr 1fr", gridTemplateRows="1fr 1fr",
                                       placeItems="center", gap=4),
                                 [_box(_COL[i], width=50, height=40) for i in range(4)])
    c["grid-text-cards"] = _div(
        _grid(gridTemplateColumns="repeat(auto-fill, minmax(110px, 1fr))", gap=10, fontFamily="Geist", fontSize=14),
        [_div({"backgroundColor": "#f1f5f9", "padding": 10, "borderRadius": 8, "border": "1px solid #cbd5e1",
               "display": "flex", "flexDirection": "column"},
              [_div({"fontWeight": 700}, f"Card {i}"), _div({"color": "#475569"}, "Some text")]) for i in range(5)])
    c["grid-named-lines"] = _div(
        _grid(gridTemplateColumns="[full-start] 40px [main-start] 1fr [main-end] 40px [full-end]",
              gridAutoRows="40px", gap=6),
        [_box(_COL[0], gridColumn="full-start / full-end"), _box(_COL[1], gridColumn="main-start / main-end"),
         _box(_COL[2], gridColumn="main")])
    c["grid-repeat-pattern"] = _div(_grid(gridTemplateColumns="repeat(2, 40px 1fr)",
                                          gridAutoRows="minmax(30px, auto)", gap=4), _boxes(8))
    c["grid-area-lines"] = _div(_grid(gridTemplateColumns="repeat(3, 1fr)", gridTemplateRows="repeat(3, 1fr)", gap=4),
                                [_box(_COL[0], gridArea="1 / 1 / 3 / 3"), _box(_COL[1], gridArea="2 / 2 / 4 / 4"),
                                 _box(_COL[2], gridArea="1 / 3")])
    c["grid-text-fit-content"] = _div(
        _grid(gridTemplateColumns="fit-content(120px) 1fr auto", gap=8, fontFamily="Geist", fontSize=16,
              alignItems="start"),
        [_div({"backgroundColor": "#fde68a"}, "A fairly long label here"), _box(_COL[1], height=40),
         _div({"backgroundColor": "#bfdbfe"}, "end")])
    c["grid-calc-tracks"] = _div({"display": "grid", "width": "100%", "height": "100%", "backgroundColor": "#fff",
                                  "gridTemplateColumns": "calc(50% - 10px) 1fr", "gap": 10, "padding": 10},
                                 [_box("#22c55e"), _box("#a855f7", height="calc(100% - 20px)")])
    c["grid-text-autoflow"] = _div(
        _grid(gridTemplateColumns="repeat(3, 1fr)", gridAutoRows="min-content", gap=8, padding=10, fontFamily="Geist",
              fontSize=14, alignContent="start"),
        [_div({"backgroundColor": "#e2e8f0", "padding": 6}, t)
         for t in ("One", "Two words", "Three words here wrapping", "Four", "Five five")])
    return c


def _badge(text: str, color: str) -> Node:
    return {"span": {"style": {"display": "inline-block", "backgroundColor": color, "color": "white",
                               "padding": "2px 8px", "borderRadius": 10, "fontSize": 13}, "children": text}}


def _paragraph(children: list[Any], **style: Any) -> Node:
    inner = _div({"fontFamily": "Geist", "fontSize": 18, "color": "#222", "width": 360, **style}, children)
    return _div({"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white", "padding": 16},
                [inner])


def _inline_cases() -> dict[str, Node]:
    span = lambda style, text: {"span": {"style": style, "children": text}}  # noqa: E731
    return {
        "inline-badges": _paragraph(["Status ", _badge("new", "#16a34a"), " and ", _badge("beta", "#9333ea"),
                                     " tags are shown inline with text that wraps onto the next line."]),
        "inline-badges-center": _paragraph(["Release ", _badge("v2.0", "#0ea5e9"), " is out ",
                                            _badge("stable", "#ea580c"), " now."], textAlign="center",
                                           lineHeight=1.8),
        "inline-bold-links": _paragraph(["Read the ", {"b": {"children": "docs"}}, " or ",
                                         span({"color": "#2563eb", "textDecoration": "underline"}, "open an issue"),
                                         " when something breaks in the renderer."]),
        "inline-span-bg": _paragraph(["Some ", span({"backgroundColor": "#fef08a", "padding": "0 4px"},
                                                    "highlighted words that wrap across lines"), " in a paragraph."],
                                     lineHeight=1.6),
        "inline-block-sized": _paragraph(["Avatar ", {"span": {"style": {
            "display": "inline-block", "width": 32, "height": 32, "borderRadius": 16, "backgroundColor": "#64748b",
            "verticalAlign": "middle"}}}, " Jane Doe posted ", _badge("3", "#dc2626")]),
        "inline-display-inline": _paragraph([span({"display": "inline", "fontWeight": 700}, "Bold lead."), " Then ",
                                             span({"display": "inline", "fontSize": 24, "color": "#b91c1c"}, "bigger"),
                                             " text follows in the line."]),
        "inline-text-align-right": _paragraph(["Price: ", _badge("$19", "#059669"), " per month, billed yearly."],
                                              textAlign="right"),
        "inline-vertical": _paragraph(["Big ", span({"fontSize": 32, "verticalAlign": "middle"}, "middle"), " and ",
                                       span({"fontSize": 12, "verticalAlign": "super"}, "sup"), " text ",
                                       _badge("tag", "#0ea5e9")], lineHeight=2),
        "inline-outline": _paragraph(["Text with ", {"span": {"style": {
            "display": "inline-block", "outline": "2px solid #f00", "outlineOffset": 2, "padding": "0 4px"},
            "children": "outlined"}}, " box."]),
        "inline-justify": _paragraph(["Justified text with a ", _badge("badge", "#7c3aed"),
                                      " in the middle of a paragraph that needs a few lines to show it."],
                                     textAlign="justify"),
    }


def _rtl_text(**style: Any) -> dict[str, Any]:
    return {"fontFamily": "Geist, Noto Sans Arabic, Noto Sans Hebrew", "fontSize": 20, "color": "#111",
            "width": 360, "backgroundColor": "#eef2ff", **style}


def _column(children: list[Node]) -> Node:
    return _div({"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%",
                 "backgroundColor": "white", "padding": 16, "gap": 8}, children)


def _rtl_cases() -> dict[str, Node]:
    rtl = {"direction": "rtl", "display": "flex"}
    return {
        "rtl-start-end": _column([_div(_rtl_text(textAlign="start", **rtl), "مرحبا بالعالم"),
                                  _div(_rtl_text(textAlign="end", **rtl), "مرحبا بالعالم"),
                                  _div(_rtl_text(**rtl), "שלום עולם")]),
        "rtl-numbers": _column([_div(_rtl_text(**rtl), "السعر 25 سلام."),
                                _div(_rtl_text(**rtl), "בית כלב 12345!"),
                                _div(_rtl_text(**rtl), "قلم 2024 (كتاب)")]),
        "rtl-mixed-latin": _column([_div(_rtl_text(**rtl), "مرحبا Next.js 16 سلام"),
                                    _div(_rtl_text(display="flex"), "Hello שלום 123 world"),
                                    _div(_rtl_text(**rtl), "שלום React, עולם.")]),
        "rtl-wrap": _column([_div(_rtl_text(direction="rtl", width=200),
                                  "مرحبا بالعالم كتاب قلم شمس سلام نص سلام 42 مرة.")]),
        "rtl-dir-attr": _column([_div(_rtl_text(display="flex"), "שלום, עולם! 3.14", dir="rtl"),
                                 _div(_rtl_text(display="flex", textAlign="left"), "مرحبا؟", dir="rtl")]),
        "rtl-inline-span": _column([_div(_rtl_text(direction="rtl"), [
            "مرحبا ", {"span": {"style": {"color": "#dc2626", "fontWeight": 700}, "children": "Geist 2"}},
            " بالعالم"])]),
        "rtl-para-badge": _column([_div(_rtl_text(direction="rtl", width=340), [
            "مرحبا ", _badge("new", "#0ea5e9"), " بالعالم كتاب 12 قلم."])]),
        "rtl-text-align-center": _column([_div(_rtl_text(textAlign="center", **rtl), "مرحبا 7"),
                                          _div(_rtl_text(direction="ltr", textAlign="end", display="flex"),
                                               "end aligned ltr")]),
    }


def _rtl_box_cases() -> dict[str, Node]:
    def page(children: list[Node], **style: Any) -> Node:
        return _div({"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white", "padding": 12,
                     "gap": 8, "direction": "rtl", **style}, children)

    def bx(color: str, w: float = 50, h: float = 40, **style: Any) -> Node:
        return _box(color, width=w, height=h, **style)

    row = lambda d: [_div({"display": "flex", "gap": 6, "backgroundColor": "#eee", "padding": 4, **d},  # noqa: E731
                          [bx(_COL[i], 30, 30) for i in range(3)])]
    return {
        "rtlbox-row": page([bx(_COL[i], 40 + 10 * i) for i in range(4)]),
        "rtlbox-row-reverse": page([bx(_COL[i], 40 + 10 * i) for i in range(4)], flexDirection="row-reverse"),
        "rtlbox-row-between": page([bx(_COL[i], 60, 30 + 10 * i) for i in range(3)], justifyContent="space-between",
                                   alignItems="center"),
        "rtlbox-row-wrap": page([bx(_COL[i % 8], 90) for i in range(9)], flexWrap="wrap"),
        "rtlbox-column-start": page([bx(_COL[i], 60 + 30 * i, 30) for i in range(3)]
                                    + [bx(_COL[4], 40, 30, alignSelf="flex-end"),
                                       bx(_COL[5], 40, 30, alignSelf="center")],
                                    flexDirection="column", alignItems="flex-start"),
        "rtlbox-column-wrap": page([bx(_COL[i % 8], 40 + (i % 3) * 20, 50) for i in range(9)], flexDirection="column",
                                   flexWrap="wrap", alignItems="flex-start", alignContent="flex-start"),
        "rtlbox-abs": page([bx(_COL[0]), bx(_COL[1], position="absolute", top=50),
                            bx(_COL[2], position="absolute", top=100, left=20)], position="relative"),
        "rtlbox-nested-ltr": page([*row({}), *row({"direction": "ltr", "backgroundColor": "#ddd"})],
                                  flexDirection="column", alignItems="stretch"),
        "rtlbox-margins": page([bx(_COL[0], marginLeft=20), bx(_COL[1], marginRight=30),
                                bx(_COL[2], marginLeft="auto")]),
        "rtlbox-nav": page([_div({"display": "flex", "gap": 16, "backgroundColor": "#1e293b", "color": "white",
                                  "padding": 10, "alignItems": "center"},
                                 [_div({"fontWeight": 700}, "مرحبا"), _div({}, "كتاب"), _div({"flexGrow": 1}),
                                  _div({"backgroundColor": "#f59e0b", "padding": "2px 10px", "borderRadius": 8},
                                       "سلام 3")])],
                           flexDirection="column", fontFamily="Geist, Noto Sans Arabic", fontSize=18),
    }


def _browser_cases() -> dict[str, Node]:
    def page(children: list[Node], **style: Any) -> Node:
        return _div({"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "#f8fafc",
                     "padding": 20, "gap": 20, "position": "relative", **style}, children)

    def placed(color: str, left: float, top: float, z: int) -> Node:
        return _box(color, position="absolute", left=left, top=top, width=120, height=90, zIndex=z)

    c: dict[str, Node] = {
        "z-negative": page([placed(_COL[0], 30, 30, 2), placed(_COL[1], 80, 60, -1), placed(_COL[2], 130, 90, 1),
                            placed(_COL[3], 180, 40, 0)]),
        "z-nested-context": page([_div({"position": "absolute", "left": 20, "top": 20, "width": 200, "height": 150,
                                        "backgroundColor": "#cbd5e1", "zIndex": 1}, [placed(_COL[0], 100, 60, 10)]),
                                  placed(_COL[1], 150, 30, 5)]),
        "z-negative-parent-bg": page([_div({"position": "relative", "width": 200, "height": 150,
                                            "backgroundColor": "rgba(255,255,255,0.6)"},
                                           [placed(_COL[4], 40, 40, -1)])]),
        "bg-blend": page([_div({"width": 200, "height": 150, "backgroundBlendMode": "multiply",
                                "backgroundImage": "linear-gradient(45deg, #f43f5e, #3b82f6), "
                                                   "radial-gradient(circle, #fde047, #15803d)"})]),
        "backdrop-blur": page([_div({"position": "absolute", "left": 60, "top": 40, "width": 200, "height": 120,
                                     "backgroundColor": "rgba(255,255,255,0.3)", "backdropFilter": "blur(8px)",
                                     "borderRadius": 16})], backgroundImage=_GRAD),
        "calc-widths": page([_box(_COL[0], width="calc(100% - 40px)", height=30),
                             _box(_COL[1], width="calc(50% + 10px)", height="calc(2em + 4px)"),
                             _box(_COL[2], width="min(200px, 40%)", height=30),
                             _box(_COL[3], width="clamp(50px, 30%, 300px)", height=30)], flexDirection="column"),
        "conic": page([_box("transparent", width=120, height=120, borderRadius=60,
                            backgroundImage="conic-gradient(#f00, #ff0, #0f0, #0ff, #00f, #f0f, #f00)"),
                       _box("transparent", width=120, height=120,
                            backgroundImage="conic-gradient(from 45deg at 30% 40%, #111 0 25%, #eee 0 50%, "
                                            "#111 0 75%, #eee 0)")]),
    }
    c["z-transform"] = page([_div({"position": "absolute", "left": 40, "top": 40, "width": 120, "height": 80,
                                   "backgroundColor": "#f43f5e", "transform": "rotate(10deg)", "zIndex": 2}),
                             _div({"position": "absolute", "left": 90, "top": 70, "width": 120, "height": 80,
                                   "backgroundColor": "#3b82f6", "zIndex": 1, "opacity": 0.8})])
    c["blend-text"] = page([_div({"fontFamily": "Geist", "fontSize": 48, "fontWeight": 700, "color": "#ffffff",
                                  "mixBlendMode": "difference"}, "Blend me")],
                           backgroundImage="linear-gradient(90deg, #ff0080, #0070f3)", alignItems="center",
                           justifyContent="center")
    for mode in ("multiply", "screen", "overlay", "difference", "color-dodge", "luminosity"):
        c[f"blend-{mode}"] = page([_box(color, width=90, height=90, borderRadius=45, mixBlendMode=mode)
                                   for color in ("#facc15", "#22c55e", "#64748b")], backgroundImage=_GRAD)
    for k, outline in enumerate(("2px solid #2563eb", "3px dashed #dc2626", "4px dotted #16a34a", "5px double #111")):
        c[f"outline-{k}"] = page([_box("#e2e8f0", width=90, height=60, outline=outline, outlineOffset=offset,
                                       borderRadius=radius) for offset, radius in ((0, 0), (4, 0), (-6, 0), (3, 10))],
                                 alignItems="flex-start", padding=30)
    return c


def family(case_id: str) -> str:
    """The family a case's id names (its tally in ``--run``)."""
    if case_id.startswith("grid-text"):
        return "grid-text"
    head = case_id.split("-", 1)[0]
    return {"bg": "blend", "backdrop": "backdrop", "calc": "calc"}.get(head, head)


def cases() -> dict[str, dict[str, Any]]:
    """Every case: id -> pureog document mapping (font paths relative to conformance/fonts)."""
    out: dict[str, dict[str, Any]] = {}
    groups = ((_grid_cases(), _GEIST, False), (_inline_cases(), _GEIST, False), (_rtl_cases(), _RTL, True),
              (_rtl_box_cases(), _RTL, True), (_browser_cases(), _GEIST, True))
    for group, fonts, browser in groups:
        for case_id, element in group.items():
            document: dict[str, Any] = {"width": 400, "height": 240,
                                        "fonts": fonts,
                                        "element": element}
            if browser:
                document["features"] = "browser"
            out[case_id] = document
    return out


def thresholds(case_id: str) -> tuple[float, float]:
    """(min PSNR, max share of pixels off): text against a browser costs ~26-33 dB on glyph edges."""
    text = family(case_id) in TEXT_FAMILIES or case_id in ("grid-areas-card", "blend-text")
    return (26.0, 0.07) if text else (30.0, 0.03)


def load(document: dict[str, Any]) -> Any:
    from pureog.document.load import from_mapping  # noqa: PLC0415

    return from_mapping({k: v for k, v in document.items() if k != "id"}, base_dir=str(FONTS), root=str(ROOT))


def run(filters: list[str], out: bool) -> int:
    import warnings  # noqa: PLC0415

    from conformance.chromium.html import build_page  # noqa: PLC0415
    from conformance.chromium.oracle import ChromiumOracle  # noqa: PLC0415
    from conformance.score import score  # noqa: PLC0415
    from pureog.api import render_png  # noqa: PLC0415

    warnings.simplefilter("ignore")
    chosen = {k: v for k, v in cases().items() if not filters or any(f in k for f in filters)}
    tally: Counter[tuple[str, bool]] = Counter()
    with ChromiumOracle() as oracle:
        for case_id, document in chosen.items():
            loaded = load(document)
            reference = oracle.screenshot(build_page(loaded))
            min_psnr, max_off = thresholds(case_id)
            result = score(reference, render_png(loaded), min_psnr=min_psnr, max_off_share=max_off)
            tally[family(case_id), result.passed] += 1
            print(f"{case_id:30s} {'pass' if result.passed else 'FAIL'} {result.psnr:6.1f} dB "
                  f"{100 * result.off_share:5.2f}% off")
            if out and case_id in SLICE_IDS and result.passed:
                SLICE.mkdir(parents=True, exist_ok=True)
                (SLICE / f"{case_id}.json").write_text(
                    json.dumps({"id": case_id, **document}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
                (SLICE / f"{case_id}.ref.png").write_bytes(reference)
    for name in sorted({f for f, _ in tally}):
        passed, total = tally[name, True], tally[name, True] + tally[name, False]
        print(f"{name:10s} {passed}/{total}", file=sys.stderr)
    print(f"all        {sum(tally[k] for k in tally if k[1])}/{sum(tally.values())}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("filters", nargs="*")
    parser.add_argument("--run", action="store_true", help="draw with Chromium and pureog, score")
    parser.add_argument("--out", action="store_true", help="with --run: rewrite the slice")
    args = parser.parse_args(argv)
    if not args.run:
        print(json.dumps(sorted(cases())))
        return 0
    return run(args.filters, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
