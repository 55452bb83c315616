"""The text sweep: combinations of the text layout properties and kinds of text, one small card each.

Role: a generator of the spelling sweep's kind (:mod:`conformance.paintgen.sweep`: no randomness, a
table of cases) for text. The spelling sweep varies one property at a time; text breaks where
properties meet (``whiteSpace`` with ``wordBreak``, an ellipsis in a clamped block, a justified line of
CJK), so this table crosses them, pruned to a few hundred cards: ``whiteSpace`` x ``wordBreak`` over
several kinds of text, ``overflowWrap``/``wordWrap``, ``textOverflow: ellipsis`` under each
``whiteSpace``, ``lineClamp``/``WebkitLineClamp`` (1-3, with and without ``display: -webkit-box``),
``textAlign``, each kind of text alone at two widths, box widths at the edge (one word wide, a
character narrower, 0, fractional, ``minWidth``/``maxWidth`` pairs; Geist Mono, whose advances are
known), spacing, line heights, indents, transforms, fractional sizes, weights and styles, and spans of
mixed styles and ``<br>`` inside one text, text sized by flex layout, and a few third-order meetings
(``keep-all`` CJK under ellipses and clamps, justified spacing, indents with alignment).

Each case is named ``section key=value ...`` so a failing card names its class; the name is the
document's first feature, the ``key=value`` tokens the others (the driver's per-feature rates).

Emoji inside ellipses and clamps come last in the table (Next hangs on some such texts, see
:mod:`conformance.paintgen.venusian`; the oracle gives up on a card after 30 s). Left out: Han
characters outside the CJK subsets' few (``conformance/fonts/make_fonts.py``).

Usage (from the repository root; documents and images go to a scratch directory)::

    python -m conformance.paintgen.textsweep --out conformance/paintgen/_scratch/textsweep [-j 1]

Imports only the standard library and the paint driver (which loads pureog to render).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from conformance.paintgen import driver

TEXTS: dict[str, str] = {
    "words": "The quick brown fox jumps over the lazy dog",
    "url": "https://example.com/a/very/long/path/to/page?q=1",
    "longword": "Supercalifragilisticexpialidocious",
    "spaces": "a  b   c    d  wide   gaps here",
    "tabs": "col1\tcol2\tcol3 end",
    "newlines": "first line\nsecond\n\nfourth line here",
    "edges": "  leading and trailing  ",
    "shy": "co\u00adop\u00ader\u00ada\u00adtion in\u00adter\u00adna\u00adtion\u00adal",
    "nbsp": "price:\u00a0100\u00a0USD per\u00a0month total",
    "punct": "Hello, world! Wait... really? Yes (done).",
    "cjk": "日本語漢字中文日本語漢字中文日本語",
    "cjkspace": "日本語 漢字 中文 日本語 漢字",
    "korean": "안녕하세요 한국어 하늘 바다 오늘",
    "koreannospace": "안녕하세요한국어하늘바다오늘",
    "emoji": "🚀✨🎉 party 👨‍👩‍👧 family 🇯🇵🇺🇸 flags 👋🏽👍🏿",
    "mixed": "Hello 日本語 world 안녕 漢字test done",
    "mixedemoji": "Hello 日本語 🚀 world 안녕 ✨漢字",
    "numbers": "1,234,567.89 and 12:30 or 3.14159 v1.2.3 $49.99",
}
WHITE_SPACES = ("normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces")
WORD_BREAKS = ("normal", "break-all", "keep-all", "break-word")
ALIGNS = ("left", "right", "center", "justify", "start", "end")

Case = tuple[str, dict[str, Any], Any, Any]
"""(name, style of the text box, children (a text key of :data:`TEXTS` or a list of children), width)."""

_CASES: list[Case] = []


def _add(section: str, style: dict[str, Any], text: Any, width: Any = 130, **tags: Any) -> None:
    label = text if isinstance(text, str) else tags.pop("label", "spans")
    if "row" in tags:  # the layout around the box rides in the style, under a key no CSS has
        style = {**style, "@row": tags["row"]}
    tokens = [f"{k}={v}" for k, v in {**tags, **style}.items() if k != "@row"]
    name = " ".join([section, f"text={label}", f"w={width}", *tokens])
    _CASES.append((name, style, text, width))


# A. whiteSpace x wordBreak over the kinds of text where they differ.
for ws in WHITE_SPACES:
    for wb in WORD_BREAKS:
        for t in ("words", "url", "spaces", "newlines", "cjk"):
            _add("ws-wb", {"whiteSpace": ws, "wordBreak": wb}, t)
# B. overflowWrap and its old name wordWrap.
for prop in ("overflowWrap", "wordWrap"):
    for ow in ("normal", "break-word", "anywhere"):
        for ws in ("normal", "pre-wrap"):
            for t in ("url", "longword"):
                _add("overflow-wrap", {prop: ow, "whiteSpace": ws}, t, 110)
# C. An ellipsis under each whiteSpace, over the kinds of text.
for ws in ("nowrap", "normal", "pre", "pre-wrap"):
    for t in ("words", "url", "spaces", "cjk", "mixed", "korean", "shy", "nbsp"):
        _add("ellipsis", {"whiteSpace": ws, "overflow": "hidden", "textOverflow": "ellipsis"}, t)
for align in ("right", "center", "end"):
    for t in ("words", "cjk"):
        _add("ellipsis", {"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis",
                          "textAlign": align}, t)
# D. Line clamps, three spellings.
_CLAMPS: dict[str, Any] = {
    "lineClamp": lambda n: {"lineClamp": n},
    "webkit-box": lambda n: {"display": "-webkit-box", "WebkitLineClamp": n, "WebkitBoxOrient": "vertical"},
    "WebkitLineClamp": lambda n: {"WebkitLineClamp": n},
}
for spelling, make in _CLAMPS.items():
    for n in (1, 2, 3):
        for t in ("words", "url", "cjk", "newlines"):
            _add("clamp", {**make(n), "overflow": "hidden"}, t, spelling=spelling)
        _add("clamp", {**make(n), "overflow": "hidden", "textOverflow": "ellipsis"}, "words", spelling=spelling)
# E. textAlign over wrapping texts.
for align in ALIGNS:
    for t, extra in (("words", {}), ("cjkspace", {}), ("spaces", {"whiteSpace": "pre-wrap"}), ("mixedemoji", {}),
                     ("newlines", {"whiteSpace": "pre-line"})):
        _add("align", {"textAlign": align, **extra}, t)
# F. Each kind of text alone, at two widths.
for t in TEXTS:
    for w in (130, 60):
        _add("kind", {}, t, w)
# G. Widths at the edge, in Geist Mono at 20 px (12 px an advance): "hello" is 60 px wide.
_MONO = {"fontFamily": "Geist Mono", "fontSize": 20}
for w in (60, 48, 59.5, 0, 100.5, 60.5, 61):
    for t in ("mono", "monourl"):
        _add("width", dict(_MONO), t, w)
for pair in ({"minWidth": 120, "maxWidth": 80}, {"maxWidth": 100.5}, {"minWidth": 0, "maxWidth": 0},
             {"minWidth": 72.5}, {"maxWidth": 60, "minWidth": 48}):
    for t in ("mono", "monourl"):
        _add("width", {**_MONO, **pair}, t, "auto")
# H. Spacing, line heights, indents, transforms, sizes, faces.
for ls in (2, -1, "0.1em", "-0.05em", 0.5):
    for t in ("words", "cjk", "mixed"):
        _add("spacing", {"letterSpacing": ls}, t)
for wsp in (4, "0.5em", -2):
    for t in ("words", "spaces"):
        _add("spacing", {"wordSpacing": wsp}, t)
for lh in (1, 1.5, "30px", "150%", 0.8):
    for ws in ("normal", "pre-line"):
        _add("line-height", {"lineHeight": lh, "whiteSpace": ws}, "newlines" if ws == "pre-line" else "words")
for ti in (20, "2em", -10, "10%"):
    for t in ("words", "cjk"):
        _add("indent", {"textIndent": ti}, t)
for tt in ("uppercase", "capitalize", "lowercase"):
    for t in ("mixed", "words", "german", "hyphenated"):
        _add("transform", {"textTransform": tt}, t)
for fs in (17.5, 13.3, 22.75):
    for t in ("words", "cjk"):
        _add("font-size", {"fontSize": fs}, t)
for weight in (300, 400, 700, 900):
    for style in ("normal", "italic"):
        _add("face", {"fontWeight": weight, "fontStyle": style}, "words")
# I. Spans of mixed styles and <br> inside one text.
_SPANS: dict[str, list[Any]] = {
    "bold": ["Plain text ", {"span": {"style": {"fontWeight": 700}, "children": ["bold words"]}}, " and more after"],
    "sizes": ["small ", {"span": {"style": {"fontSize": 28}, "children": ["BIG"]}}, " small again here"],
    "colors": [{"span": {"style": {"color": "#c00"}, "children": ["red "]}},
               {"span": {"style": {"color": "#00c"}, "children": ["blue words "]}}, "plain tail"],
    "br": ["first", {"br": {}}, "second line", {"br": {}}, {"br": {}}, "after gap"],
    "spanbr": ["head ", {"span": {"style": {"fontWeight": 700}, "children": ["bold", {"br": {}}, "next"]}}, " tail"],
}
for label, children in _SPANS.items():
    for style in ({}, {"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis"},
                  {"textAlign": "center"}):
        _add("spans", style, children, label=label)
for label, children in _SPANS.items():  # a span box without display (flex, as Satori's default)
    _add("spans-span", {"display": None}, children, label=label)
# J. Where two of the above meet: widths swept across word ends, ellipses and clamps with spacing,
# sizes, transforms, indents and alignment, hanging spaces, emoji clusters under break-all.
for w in (55, 57.3, 61.7, 66, 70.5, 74.25, 81, 88.8, 93, 99.9, 104, 117.5):
    _add("sweep-w", {}, "words", w)
    _add("sweep-w", {"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis"}, "punct", w)
    _add("sweep-w", {"wordBreak": "break-all"}, "numbers", w)
_ELL = {"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis"}
_CLAMP2 = {"lineClamp": 2, "overflow": "hidden", "textOverflow": "ellipsis"}
for extra in ({"letterSpacing": 2}, {"letterSpacing": "-0.05em"}, {"fontSize": 17.5}, {"textTransform": "uppercase"},
              {"textIndent": 20}, {"fontWeight": 700}, {"fontStyle": "italic"}, {"textAlign": "justify"},
              {"paddingLeft": 7, "paddingRight": 5.5}, {"borderRight": "3px solid #889"}, {"fontFamily": "Geist Mono"}):
    for t in ("words", "korean", "numbers"):
        _add("ellipsis-with", {**_ELL, **extra}, t)
for n in (2, 3):
    for extra in ({"lineHeight": 1.6}, {"lineHeight": "14px"}, {"textAlign": "center"}, {"textAlign": "justify"},
                  {"letterSpacing": 1.5}, {"wordBreak": "break-all"}, {"whiteSpace": "pre-wrap"},
                  {"textIndent": 24}, {"wordBreak": "keep-all"}):
        for t in ("words", "koreannospace", "shy"):
            _add("clamp-with", {"lineClamp": n, "overflow": "hidden", "textOverflow": "ellipsis", **extra}, t)
for ws in ("pre-wrap", "break-spaces", "pre", "normal"):
    for align in ("right", "center", "justify"):
        _add("hanging", {"whiteSpace": ws, "textAlign": align}, "edges", 100)
        _add("hanging", {"whiteSpace": ws, "textAlign": align}, "tabs", 100)
for wb in ("break-all", "normal"):
    for t in ("emoji", "mixedemoji"):
        for w in (40, 75):
            _add("emoji-break", {"wordBreak": wb}, t, w)
for ts in (2, 4, 8):
    _add("tabs", {"whiteSpace": "pre", "tabSize": ts}, "tabs")
# K. Exact fits (Geist Mono: "hello world again" is 204 px, two lines of it at 120), clamps of texts
# that have just n lines, lineClamp's own ellipsis string, textWrap, heights that cut lines.
for w in (204, 203.5, 204.5, 192, 216):
    _add("fit", {**_MONO, **_ELL}, "mono", w)
    _add("fit", {**_MONO, "whiteSpace": "pre", "overflow": "hidden", "textOverflow": "ellipsis"}, "monotrail", w)
for n in (1, 2, 3):
    for w in (120, 119.5):
        _add("fit-clamp", {**_MONO, "lineClamp": n, "overflow": "hidden", "textOverflow": "ellipsis"}, "mono", w)
for lc in ("2 '…'", "2 ' [more]'", "1 '>>'", "3 ''", "2", '2 "..."'):
    for t in ("words", "cjk"):
        _add("clamp-string", {"lineClamp": lc, "overflow": "hidden"}, t)
for tw in ("balance", "pretty", "wrap", "nowrap"):
    for t in ("words", "cjkspace", "numbers"):
        _add("text-wrap", {"textWrap": tw}, t, 150)
for h in (30, 44.5, 50):
    for extra in ({}, {"textOverflow": "ellipsis"}, {"lineClamp": 3, "textOverflow": "ellipsis"}):
        _add("height", {"height": h, "overflow": "hidden", **extra}, "words")
for w in (45, 70, 96):
    for ws in ("normal", "pre-wrap"):
        _add("shy-break", {"whiteSpace": ws}, "shy", w)
# L. Other faces (TrueType, CFF, WOFF), kerning and ligature pairs, big and small sizes.
for family in ("Roboto", "Noto Sans KR", "Geist Medium", "Nanum Gothic"):  # Next reads no WOFF2
    for extra in ({}, _ELL, {"textAlign": "justify"}, _CLAMP2, {"letterSpacing": "0.08em", "wordBreak": "break-all"}):
        for t in ("pairs", "korean"):
            _add("face-with", {"fontFamily": family, **extra}, t)
for fs, w in ((44, 240), (31.5, 200), (9, 60), (11.5, 70)):
    for extra in ({}, _ELL, {"textAlign": "justify"}, _CLAMP2):
        _add("size-with", {"fontSize": fs, **extra}, "pairs", w)
# M. Characters with their own breaking and spacing rules, under four whiteSpace values and an ellipsis.
_SPECIAL = {
    "zwsp": "averyvery\u200blongword\u200bwithzwsp",
    "wj": "no\u2060break\u2060here\u2060ever more",
    "ideographic": "日本語\u3000漢字\u3000中文\u3000日本語",
    "unispaces": "a\u2003b\u2002c\u2009d\u202fe\u00a0f g h",
    "empty": "",
    "blank": "   ",
    "lonenewline": "\n",
    "combining": "e\u0301te\u0301 cafe\u0301 Ph\u1edf ho\u0300a",
    "trailnewline": "end of text\n",
    "crlf": "one\r\ntwo\rthree",
}
for t in _SPECIAL:
    for ws in ("normal", "pre", "pre-wrap", "break-spaces"):
        _add("special", {"whiteSpace": ws}, t, 70)
    _add("special", dict(_ELL), t, 70)
# O. Decorations and text paint over wrapped, clamped and cut text.
for deco in ("underline", "line-through"):
    for extra in (_ELL, {"lineClamp": 2, "overflow": "hidden", "textOverflow": "ellipsis"}, {"textAlign": "justify"},
                  {"letterSpacing": 3}, {"wordBreak": "break-all"}):
        _add("decorated", {"textDecoration": deco, **extra}, "words")
for extra in (_ELL, {"lineClamp": 2, "overflow": "hidden", "textOverflow": "ellipsis"}, {"textAlign": "center"}):
    _add("clip-text", {"backgroundImage": "linear-gradient(90deg, #c00, #00c)", "backgroundClip": "text",
                       "color": "transparent", **extra}, "words")
    _add("shadowed", {"textShadow": "2px 2px 1px rgba(0,0,0,0.4)", **extra}, "words")
# P. Text whose width comes from flex layout: in a row beside a 50 px box (shrunk to its min-content
# or not), grown, at a percentage, centred; "row=W" cases put both in a row W px wide.
for t in ("words", "url", "cjk", "koreannospace", "numbers"):
    for extra in ({}, _ELL, {"wordBreak": "break-all"}, {"whiteSpace": "pre-wrap"}, {"flexShrink": 0},
                  {"lineClamp": 2, "overflow": "hidden", "textOverflow": "ellipsis"}):
        _add("in-row", dict(extra), t, "auto", row=170.5)
for w in ("50%", "33.3%", "100%"):
    for extra in ({}, _ELL, {"textAlign": "center"}):
        _add("percent", dict(extra), "words", w, row=200)
for extra in ({"flexGrow": 1}, {"flexGrow": 1, **_ELL}, {"alignSelf": "center"}, {"flexBasis": 0, "flexGrow": 1},
              {"minWidth": 0, **_ELL}, {"padding": "4px 9.5px", **_ELL}, {"maxWidth": "60%", "textAlign": "right"}):
    for t in ("words", "url"):
        _add("in-row", dict(extra), t, "auto", row=200)
# Q. Spans under the box's clamp, wrapping and spacing (each span its own flex item and text node);
# clamps without overflow hidden, and in a column box.
for label in ("bold", "sizes", "colors"):
    for extra in ({"lineClamp": 2, "overflow": "hidden", "textOverflow": "ellipsis"}, {"whiteSpace": "pre-wrap"},
                  {"wordBreak": "break-all"}, {"letterSpacing": 1.5, "textIndent": 12},
                  {"flexDirection": "column", **_ELL}, {"flexWrap": "wrap", "textAlign": "justify"}):
        _add("spans-with", dict(extra), _SPANS[label], label=label)
for extra in ({"lineClamp": 2}, {"lineClamp": 2, "textOverflow": "ellipsis"},
              {"display": "-webkit-box", "WebkitLineClamp": 2, "WebkitBoxOrient": "vertical"},
              {"flexDirection": "column", "lineClamp": 2, "overflow": "hidden", "textOverflow": "ellipsis"}):
    _add("clamp-open", dict(extra), "words")
    _add("clamp-open", {**extra, "whiteSpace": "pre-line"}, "newlines")
# R. Third-order meetings: keep-all CJK under ellipsis and alignment, justified spacing, indents with
# right alignment, percentage line heights under clamps, capitalized mixed scripts.
for t in ("cjk", "cjkspace", "koreannospace", "mixed"):
    for extra in (_ELL, {"textAlign": "justify"}, {"textAlign": "center", **_CLAMP2}, {"textAlign": "right"}):
        _add("keep-all", {"wordBreak": "keep-all", **extra}, t)
for ls in (0.7, -0.4, "0.03em"):
    for t in ("words", "cjkspace"):
        _add("justify-spacing", {"textAlign": "justify", "letterSpacing": ls}, t)
for extra in (_ELL, {"textAlign": "right"}, {"textAlign": "center", **_CLAMP2}, {"textAlign": "justify"}):
    _add("indent-with", {"textIndent": 15.5, **extra}, "words")
    _add("indent-with", {"textIndent": -8, **extra}, "cjkspace")
for lh in ("120%", "1.25", "21.5px"):
    _add("clamp-lh", {"lineHeight": lh, **_CLAMP2}, "words")
    _add("clamp-lh", {"lineHeight": lh, "lineClamp": 3, "overflow": "hidden"}, "mixed")
for tt in ("capitalize", "uppercase"):
    for t in ("mixedemoji", "punct", "numbers", "combining"):
        _add("transform-with", {"textTransform": tt, **_ELL}, t)
# N (last, as Next hangs on some: run with --cases and a timeout). Emoji in ellipses and clamps.
for t in ("emoji", "mixedemoji"):
    for style in (_ELL, {"lineClamp": 2, "overflow": "hidden", "textOverflow": "ellipsis"},
                  {"whiteSpace": "pre", "overflow": "hidden", "textOverflow": "ellipsis"}):
        _add("emoji-cut", dict(style), t)
TEXTS.update(_SPECIAL)
TEXTS.update({"pairs": "AVATAR Wave office fluffy Týpo «quoted» — ffi",
              "monotrail": "hello world   ",
              "mono": "hello world again", "monourl": "abcdefghij/klmnop",
              "german": "straße ǆemal ﬁne éclair", "hyphenated": "hello-world o'neil 1st x-ray"})

_FONTS = [
    {"name": "Geist", "path": "../../../fonts/Geist-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Geist", "path": "../../../fonts/Geist-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Geist", "path": "../../../fonts/Geist-Light.ttf", "weight": 300, "style": "normal"},
    {"name": "Geist", "path": "../../../fonts/Geist-Black.ttf", "weight": 900, "style": "normal"},
    {"name": "Geist", "path": "../../../fonts/Geist-Italic.ttf", "weight": 400, "style": "italic"},
    {"name": "Geist Mono", "path": "../../../fonts/GeistMono-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Noto Sans JP", "path": "../../../fonts/NotoSansCJKJP-subset.otf", "weight": 400, "style": "normal"},
    {"name": "Nanum Gothic", "path": "../../../fonts/NanumGothic-subset.ttf", "weight": 400, "style": "normal"},
    {"name": "Roboto", "path": "../../../fonts/Roboto-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Noto Sans KR", "path": "../../../fonts/NotoSansKR-subset.otf", "weight": 400, "style": "normal"},
    {"name": "Geist Medium", "path": "../../../fonts/Geist-Medium.woff", "weight": 400, "style": "normal"},
]


def cases() -> list[Case]:
    """The table, in order (a case's index is its document number)."""
    return list(_CASES)


def document(style: dict[str, Any], text: Any, width: Any) -> dict[str, Any]:
    """One card: the text box (tinted, so its size shows) at ``width`` on a white 260x150 canvas."""
    children = [TEXTS[text]] if isinstance(text, str) else text
    style = dict(style)
    row = style.pop("@row", None)
    box_style: dict[str, Any] = {"display": "flex", "width": width, "backgroundColor": "#e6ecf8", "color": "#222",
                                 **style}
    if width == "auto":
        del box_style["width"]
    tag = "div"
    if style.get("display", "flex") is None:  # a span without display: Satori's default (flex)
        del box_style["display"]
        tag = "span"
    root = {
        "div": {
            "style": {"display": "flex", "flexDirection": "column", "alignItems": "flex-start", "width": "100%",
                      "height": "100%", "padding": 10, "backgroundColor": "white", "fontFamily": "Geist",
                      "fontSize": 18},
            "children": [{tag: {"style": box_style, "children": children}}],
        }
    }
    if row is not None:  # the text box in a row beside a 50 px square
        square = {"div": {"style": {"width": 50, "height": 50, "backgroundColor": "#f4a", "flexShrink": 0}}}
        root["div"]["children"] = [{"div": {"style": {"display": "flex", "width": row, "gap": 6,
                                                      "backgroundColor": "#f3f3f3"},
                                            "children": [root["div"]["children"][0], square]}}]
    return {"width": 260, "height": 150, "fonts": _FONTS, "element": root}


def write_documents(out: Path, only: set[int] | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, (name, style, text, width) in enumerate(_CASES):
        if only is not None and index not in only:
            continue
        path = out / f"p{index:05d}.json"
        body = {"features": [name, *name.split(" ")[1:]], **document(style, text, width)}
        path.write_text(json.dumps(body, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _indices(text: str) -> set[int]:
    lo, _, hi = text.partition(":")
    return set(range(int(lo), int(hi))) if hi else {int(lo)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("conformance/paintgen/_scratch/textsweep"),
        help="scratch directory two levels under conformance/ (the font paths assume it)",
    )
    parser.add_argument("--cases", help="a range a:b (or one index) of the table to run")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    only = _indices(args.cases) if args.cases else None
    paths = write_documents(args.out.resolve(), only)  # the oracle writes references next to absolute paths
    return driver.run_table(paths, args.jobs, "text cards")


if __name__ == "__main__":
    sys.exit(main())
